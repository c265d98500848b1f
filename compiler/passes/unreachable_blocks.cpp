// Unreachable-block removal, and the pass pipeline.
#include "passes/passes.h"

namespace keelback {

void RemoveUnreachableBlocks(ir::Function& f) {
  using ir::Op;
  std::vector<bool> reached(f.blocks.size(), false);
  std::vector<uint32_t> work{0};
  reached[0] = true;
  while (!work.empty()) {
    uint32_t b = work.back();
    work.pop_back();
    const ir::Inst& term = f[f.blocks[b].insts.back()];
    auto visit = [&](uint32_t t) {
      if (!reached[t]) {
        reached[t] = true;
        work.push_back(t);
      }
    };
    if (term.op == Op::Branch) visit(term.imm);
    if (term.op == Op::CondBranch) {
      visit(term.imm);
      visit(term.imm2);
    }
    // A try's dispatch block is reached by unwinding from the blocks it guards.
    if (f.blocks[b].handler.IsValid()) visit(f.blocks[b].handler.index);
  }
  std::vector<uint32_t> renumber(f.blocks.size(), UINT32_MAX);
  std::vector<ir::Block> kept;
  for (uint32_t b = 0; b < f.blocks.size(); ++b) {
    if (!reached[b]) continue;
    renumber[b] = static_cast<uint32_t>(kept.size());
    kept.push_back(std::move(f.blocks[b]));
  }
  f.blocks = std::move(kept);
  for (ir::Block& block : f.blocks) {
    if (block.handler.IsValid()) block.handler = ir::BlockId(renumber[block.handler.index]);
    ir::Inst& term = f.insts[block.insts.back().index];
    if (term.op == Op::Branch) term.imm = renumber[term.imm];
    if (term.op == Op::CondBranch) {
      term.imm = renumber[term.imm];
      term.imm2 = renumber[term.imm2];
    }
  }
}

void RunPasses(ir::Module& module, int level) {
  (void)level;
  for (ir::Function& f : module.functions) {
    RemoveUnreachableBlocks(f);
    MarkUnassignedLoads(f);
  }
}

}  // namespace keelback
