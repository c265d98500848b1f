// The IR's text form (--emit=ir) and its verifier.
#include <cstdio>

#include "ir/ir.h"

namespace keelback::ir {

const char* OpName(Op op) {
  static const char* const names[] = {
#define IR_OP(Name, Operands, Contract) #Name,
#include "ir/ir_ops.def"
  };
  return names[static_cast<size_t>(op)];
}

namespace {

bool IsTerminator(Op op) {
  return op == Op::Branch || op == Op::CondBranch || op == Op::Return || op == Op::Unreachable;
}

bool HasResult(const Inst& inst) {
  switch (inst.op) {
    case Op::StoreLocal: case Op::StoreGlobal: case Op::ExceptionSetArgs: case Op::DeleteLocal: case Op::DeleteGlobal: case Op::Print: case Op::Raise: case Op::Branch: case Op::SetField: case Op::ClearField:
    case Op::ListSetItem: case Op::ListSetSlice: case Op::CatchEnd: case Op::RaiseValue: case Op::Reraise:
    case Op::ReraiseKeep: case Op::CellSet: case Op::RaiseNotCallable:
    case Op::CondBranch: case Op::Return: case Op::Unreachable:
      return false;
    default:
      return true;
  }
}

void PrintInst(const Module& m, const Function& f, InstId id, std::string& out) {
  const Inst& inst = f[id];
  out += "    ";
  if (HasResult(inst)) out += "%" + std::to_string(id.index) + ": " + m.types->Name(inst.type) + " = ";
  out += OpName(inst.op);
  switch (inst.op) {
    case Op::ConstInt: out += " " + m.int_constants[inst.imm]; break;
    case Op::ConstFloat: {
      char buf[40];
      std::snprintf(buf, sizeof buf, " %.17g", m.float_constants[inst.imm]);
      out += buf;
      break;
    }
    case Op::ConstStr: out += " \"" + m.str_constants[inst.imm] + "\""; break;
    case Op::ConstBool: out += inst.imm ? " True" : " False"; break;
    case Op::LoadLocal: case Op::StoreLocal: case Op::DeleteLocal: out += " $" + f.local_names[inst.imm]; break;
    case Op::LoadGlobal: case Op::StoreGlobal: case Op::DeleteGlobal: case Op::GlobalIsSet: out += " @" + m.globals[inst.imm].name; break;
    case Op::IntBinary: case Op::FloatBinary: out += std::string(" ") + BinaryOpName(static_cast<BinaryOp>(inst.imm)); break;
    case Op::IntCompare: case Op::FloatCompare: case Op::IntFloatCompare: case Op::StrCompare:
      out += std::string(" ") + CmpOpName(static_cast<CmpOp>(inst.imm));
      break;
    case Op::Call: out += " " + m.functions[inst.imm].symbol; break;
    case Op::Param: case Op::TupleGetItem: case Op::MathCall: case Op::ListMethod:
      out += " " + std::to_string(inst.imm);
      break;
    case Op::GetField: case Op::SetField: {
      TypeId object = f[f.Operands(inst)[0]].type;
      out += " ." + m.classes[m.types->operator[](object).payload].fields[inst.imm].name;
      break;
    }
    case Op::NewObject: out += " " + m.classes[inst.imm].name; break;
    case Op::Raise: out += " " + m.str_constants[inst.imm] + "(\"" + m.str_constants[inst.imm2] + "\")"; break;
    case Op::Branch: out += " ^" + std::to_string(inst.imm); break;
    case Op::CondBranch: break;
    default: break;
  }
  auto operands = f.Operands(inst);
  for (size_t i = 0; i < operands.size(); ++i) out += (i ? ", %" : " %") + std::to_string(operands[i].index);
  if (inst.op == Op::CondBranch) out += " ? ^" + std::to_string(inst.imm) + " : ^" + std::to_string(inst.imm2);
  LineColumn at = f.file->Locate(inst.location);
  out += "  ; line " + std::to_string(at.line) + "\n";
}

}  // namespace

std::string Print(const Module& m) {
  std::string out;
  for (const Global& g : m.globals) out += "global @" + g.name + ": " + m.types->Name(g.type) + "\n";
  for (const Function& f : m.functions) {
    out += "\nfunction " + f.symbol + "(";
    for (size_t i = 0; i < f.param_types.size(); ++i) out += (i ? ", " : "") + m.types->Name(f.param_types[i]);
    out += ") -> " + m.types->Name(f.return_type) + "  # " + f.name + "\n";
    for (size_t i = 0; i < f.local_types.size(); ++i)
      out += "  local $" + f.local_names[i] + ": " + m.types->Name(f.local_types[i]) + "\n";
    for (size_t b = 0; b < f.blocks.size(); ++b) {
      out += "  ^" + std::to_string(b) + ":";
      if (f.blocks[b].handler.IsValid())
        out += "  ; unwinds to ^" + std::to_string(f.blocks[b].handler.index) +
               (f.blocks[b].catches_to_end ? " ending " + std::to_string(f.blocks[b].catches_to_end) + " catch(es)" : "");
      else if (f.blocks[b].catches_to_end)
        out += "  ; unwinds ending " + std::to_string(f.blocks[b].catches_to_end) + " catch(es)";
      out += "\n";
      for (InstId id : f.blocks[b].insts) PrintInst(m, f, id, out);
    }
  }
  return out;
}

std::vector<std::string> Verify(const Module& m) {
  std::vector<std::string> problems;
  for (const Function& f : m.functions) {
    std::vector<bool> defined(f.insts.size(), false);
    for (const Block& b : f.blocks)
      for (InstId id : b.insts) defined[id.index] = true;
    for (size_t bi = 0; bi < f.blocks.size(); ++bi) {
      const Block& b = f.blocks[bi];
      auto where = [&]() { return f.symbol + " ^" + std::to_string(bi); };
      if (b.insts.empty() || !IsTerminator(f[b.insts.back()].op)) {
        problems.push_back(where() + ": block does not end in a terminator");
        continue;
      }
      for (size_t i = 0; i < b.insts.size(); ++i) {
        const Inst& inst = f[b.insts[i]];
        if (i + 1 < b.insts.size() && IsTerminator(inst.op))
          problems.push_back(where() + ": terminator in the middle of a block");
        for (InstId op : f.Operands(inst))
          if (op.index >= f.insts.size() || !defined[op.index] || !HasResult(f[op]))
            problems.push_back(where() + ": operand %" + std::to_string(op.index) + " is not a value");
        if ((inst.op == Op::Branch && inst.imm >= f.blocks.size()) ||
            (inst.op == Op::CondBranch && (inst.imm >= f.blocks.size() || inst.imm2 >= f.blocks.size())))
          problems.push_back(where() + ": branch to a missing block");
        if ((inst.op == Op::LoadLocal || inst.op == Op::StoreLocal || inst.op == Op::DeleteLocal) && inst.imm >= f.local_types.size())
          problems.push_back(where() + ": missing local slot");
        if (inst.op == Op::CondBranch && m.types->Kind(f[f.Operands(inst)[0]].type) != TypeKind::Bool)
          problems.push_back(where() + ": branch condition is not a bool");
      }
    }
  }
  return problems;
}

}  // namespace keelback::ir
