// SmallVector: a vector of trivially copyable values that keeps its first N
// elements inline, so the short lists a parser builds (a call's arguments, a
// block's statements) cost no allocation.
#pragma once

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <new>
#include <span>
#include <type_traits>

namespace keelback {

template <typename T, size_t N>
class SmallVector {
  static_assert(std::is_trivially_copyable_v<T>, "SmallVector holds trivially copyable values");
  static_assert(N > 0);

 public:
  SmallVector() = default;
  SmallVector(std::initializer_list<T> items) {
    for (const T& item : items) push_back(item);
  }
  SmallVector(const SmallVector& other) { Append(other.data(), other.size()); }
  SmallVector& operator=(const SmallVector& other) {
    if (this != &other) {
      size_ = 0;
      Append(other.data(), other.size());
    }
    return *this;
  }
  SmallVector(SmallVector&& other) noexcept { TakeFrom(other); }
  SmallVector& operator=(SmallVector&& other) noexcept {
    if (this != &other) {
      FreeHeap();
      TakeFrom(other);
    }
    return *this;
  }
  ~SmallVector() { FreeHeap(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T& back() { return data_[size_ - 1]; }
  const T& back() const { return data_[size_ - 1]; }

  void push_back(const T& value) {
    if (size_ == capacity_) Grow(size_ + 1);
    data_[size_++] = value;
  }
  void pop_back() { --size_; }
  void clear() { size_ = 0; }
  void reserve(size_t capacity) {
    if (capacity > capacity_) Grow(capacity);
  }
  // Room for `count` more elements at the end, left uninitialised for the
  // caller to fill.
  T* Extend(size_t count) {
    if (size_ + count > capacity_) Grow(size_ + count);
    T* tail = data_ + size_;
    size_ += count;
    return tail;
  }
  void Append(const T* items, size_t count) {
    if (size_ + count > capacity_) Grow(size_ + count);
    if (count) std::memcpy(static_cast<void*>(data_ + size_), items, count * sizeof(T));
    size_ += count;
  }

  operator std::span<const T>() const { return {data_, size_}; }

 private:
  bool OnHeap() const { return data_ != reinterpret_cast<const T*>(inline_); }
  void FreeHeap() {
    if (OnHeap()) ::operator delete(data_);
  }
  void Grow(size_t needed) {
    size_t capacity = capacity_ * 2 > needed ? capacity_ * 2 : needed;
    T* bigger = static_cast<T*>(::operator new(capacity * sizeof(T)));
    std::memcpy(static_cast<void*>(bigger), data_, size_ * sizeof(T));
    FreeHeap();
    data_ = bigger;
    capacity_ = capacity;
  }
  void TakeFrom(SmallVector& other) {
    if (other.OnHeap()) {
      data_ = other.data_;
      capacity_ = other.capacity_;
      size_ = other.size_;
    } else {
      data_ = reinterpret_cast<T*>(inline_);
      capacity_ = N;
      size_ = 0;
      Append(other.data_, other.size_);
    }
    other.data_ = reinterpret_cast<T*>(other.inline_);
    other.capacity_ = N;
    other.size_ = 0;
  }

  T* data_ = reinterpret_cast<T*>(inline_);
  size_t size_ = 0;
  size_t capacity_ = N;
  alignas(T) unsigned char inline_[N * sizeof(T)];
};

}  // namespace keelback
