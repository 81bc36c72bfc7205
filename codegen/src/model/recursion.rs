//! Boxing only where needed: a struct that contains itself through plain (not `Vec`, not map)
//! fields would have infinite size, so exactly the fields that close such a cycle are boxed.
//!
//! The cycles are the strongly connected components of the graph whose edges are plain fields
//! (seen through type aliases); a field is boxed when it points back into its own component.

use std::collections::BTreeMap;

use super::{Ty, TypeDef, TypeKind};

pub(crate) fn box_cycles(types: &mut [TypeDef]) {
    let index: BTreeMap<&str, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    // edges[i]: for each field of struct i, the struct it holds directly, if any.
    let edges: Vec<Vec<Option<usize>>> = types
        .iter()
        .map(|t| match &t.kind {
            TypeKind::Struct(fields) => fields
                .iter()
                .map(|f| direct_target(&f.ty, types, &index))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    let adjacency: Vec<Vec<usize>> = edges
        .iter()
        .map(|e| e.iter().flatten().copied().collect())
        .collect();
    let component = strongly_connected_components(&adjacency);
    for (i, t) in types.iter_mut().enumerate() {
        if let TypeKind::Struct(fields) = &mut t.kind {
            for (field, target) in fields.iter_mut().zip(&edges[i]) {
                field.boxed = matches!(target, Some(j) if component[*j] == component[i]);
            }
        }
    }
}

/// The type a field holds inline (through aliases), if that is a generated type.
fn direct_target(ty: &Ty, types: &[TypeDef], index: &BTreeMap<&str, usize>) -> Option<usize> {
    let mut ty = ty;
    // Alias chains are acyclic (checked when the types were built); the bound is a safety net.
    for _ in 0..=types.len() {
        let Ty::Named(name) = ty else { return None };
        let i = *index.get(name.as_str())?;
        match &types[i].kind {
            TypeKind::Alias(target) => ty = target,
            _ => return Some(i),
        }
    }
    None
}

/// Tarjan's algorithm, iterative so that deep schemas cannot overflow the stack. Returns the
/// component number of every node.
fn strongly_connected_components(adjacency: &[Vec<usize>]) -> Vec<usize> {
    const UNVISITED: usize = usize::MAX;
    let n = adjacency.len();
    let mut order = vec![UNVISITED; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNVISITED; n];
    let mut next_order = 0;
    let mut next_component = 0;
    for start in 0..n {
        if order[start] != UNVISITED {
            continue;
        }
        // (node, index of the next edge to look at)
        let mut work = vec![(start, 0usize)];
        order[start] = next_order;
        low[start] = next_order;
        next_order += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(&mut (node, ref mut edge)) = work.last_mut() {
            if let Some(&next) = adjacency[node].get(*edge) {
                *edge += 1;
                if order[next] == UNVISITED {
                    order[next] = next_order;
                    low[next] = next_order;
                    next_order += 1;
                    stack.push(next);
                    on_stack[next] = true;
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(order[next]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == order[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::strongly_connected_components;

    #[test]
    fn components_group_cycles_and_leave_chains_apart() {
        // 0 -> 1 -> 2 -> 0 is a cycle; 3 -> 0 is not part of it; 4 -> 4 is a self-loop.
        let graph = vec![vec![1], vec![2], vec![0], vec![0], vec![4]];
        let c = strongly_connected_components(&graph);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[3], c[0]);
        assert_ne!(c[4], c[0]);
    }
}
