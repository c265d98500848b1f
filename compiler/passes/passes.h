// Optimisation passes on Keelback's IR.
//
// Python-specific optimisations belong here (range analysis, bounds-check
// hoisting, unboxing, escape analysis); machine-level ones are LLVM's. Today
// the pipeline removes unreachable blocks, which lowering leaves after
// `return`, `break` and raises, and marks the loads of possibly unassigned
// locals (required for correctness, at every optimisation level).
#ifndef KEELBACK_PASSES_PASSES_H
#define KEELBACK_PASSES_PASSES_H

#include "ir/ir.h"

namespace keelback {

// Runs the IR pipeline for optimisation level `level` (0-3).
void RunPasses(ir::Module& module, int level);

// Removes blocks that no path from the entry reaches.
void RemoveUnreachableBlocks(ir::Function& function);

// Marks the LoadLocal instructions that may run before their slot is stored
// to (imm2 = 1): they raise UnboundLocalError when the slot is unassigned.
void MarkUnassignedLoads(ir::Function& function);

}  // namespace keelback

#endif  // KEELBACK_PASSES_PASSES_H
