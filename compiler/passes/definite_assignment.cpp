// Definite assignment: finds the loads of local variables that may run before
// any store to them, which must raise UnboundLocalError as CPython does.
//
// A forward must-analysis over the CFG: a slot is assigned at a point when
// every path from the entry stores to it first. Loads of slots that are not
// are marked (Inst::imm2 = 1); codegen gives those slots an "assigned" flag.
// Compiler temporaries (names starting with '$') are always stored first.
#include <vector>

#include "passes/passes.h"

namespace keelback {

void MarkUnassignedLoads(ir::Function& f) {
  using ir::Op;
  size_t slots = f.local_types.size();
  size_t blocks = f.blocks.size();
  if (slots == 0 || blocks == 0) return;
  // in[b][s]: slot s is assigned on entry to block b. Start from "all"
  // (the top of the must-lattice) except at the entry.
  std::vector<std::vector<bool>> in(blocks, std::vector<bool>(slots, true));
  in[0].assign(slots, false);
  std::vector<std::vector<uint32_t>> successors(blocks);
  for (uint32_t b = 0; b < blocks; ++b) {
    const ir::Inst& term = f[f.blocks[b].insts.back()];
    if (term.op == Op::Branch) successors[b] = {term.imm};
    if (term.op == Op::CondBranch) successors[b] = {term.imm, term.imm2};
  }
  // An exception can leave a guarded block before any of its stores: the
  // dispatch block sees only what was assigned on entry to each guarded block.

  std::vector<bool> reached(blocks, false);
  reached[0] = true;
  bool changed = true;
  while (changed) {
    changed = false;
    for (uint32_t b = 0; b < blocks; ++b) {
      if (!reached[b]) continue;
      if (f.blocks[b].handler.IsValid()) {
        uint32_t h = f.blocks[b].handler.index;
        // A `del` in the block may have run before the raise.
        std::vector<bool> on_raise = in[b];
        for (ir::InstId id : f.blocks[b].insts)
          if (f[id].op == Op::DeleteLocal) on_raise[f[id].imm] = false;
        if (!reached[h]) {
          reached[h] = true;
          in[h] = on_raise;
          changed = true;
        } else {
          for (size_t k = 0; k < slots; ++k) {
            if (in[h][k] && !on_raise[k]) {
              in[h][k] = false;
              changed = true;
            }
          }
        }
      }
      std::vector<bool> out = in[b];
      for (ir::InstId id : f.blocks[b].insts) {
        if (f[id].op == Op::StoreLocal) out[f[id].imm] = true;
        if (f[id].op == Op::DeleteLocal) out[f[id].imm] = false;
      }
      for (uint32_t s : successors[b]) {
        if (!reached[s]) {
          reached[s] = true;
          in[s] = out;
          changed = true;
          continue;
        }
        for (size_t k = 0; k < slots; ++k) {
          if (in[s][k] && !out[k]) {
            in[s][k] = false;
            changed = true;
          }
        }
      }
    }
  }
  for (uint32_t b = 0; b < blocks; ++b) {
    std::vector<bool> assigned = in[b];
    for (ir::InstId id : f.blocks[b].insts) {
      ir::Inst& inst = f.insts[id.index];
      if (inst.op == Op::StoreLocal) assigned[inst.imm] = true;
      if (inst.op == Op::LoadLocal && !assigned[inst.imm] && f.local_names[inst.imm][0] != '$') inst.imm2 = 1;
      if (inst.op == Op::DeleteLocal) {
        if (!assigned[inst.imm] && inst.imm2 != 2) inst.imm2 = 1;  // 2: never checked
        assigned[inst.imm] = false;
      }
    }
  }
}

}  // namespace keelback
