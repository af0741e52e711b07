import type { BookNode, BookNodeType, NodeOfType } from './types.js';

/** A handler turns one node into the renderer's output, recursing through `state`. */
export type Handler<N, Out, S> = (node: N, state: S) => Out;

/** One handler per node type: exhaustive, so a new node type breaks every renderer's typecheck. */
export type Handlers<Out, S> = { [T in BookNodeType]: Handler<NodeOfType<T>, Out, S> };

/** Traversal owned by the state, so handlers never dispatch themselves. */
export interface TraversalState<Out> {
  one(node: BookNode): Out;
  all(nodes: readonly BookNode[]): Out[];
}

/**
 * Makes the traversal functions for a handler table. `self` is the full state object (handlers
 * receive it), which adds the renderer's own fields (and may flatten `all`).
 */
export function traversal<Out, S>(handlers: Handlers<Out, S>, self: () => S): TraversalState<Out> {
  const one = (node: BookNode): Out => {
    const handler = handlers[node.type] as Handler<BookNode, Out, S>;
    return handler(node, self());
  };
  return { one, all: (nodes) => nodes.map(one) };
}

/**
 * Runs `render` with `state[key]` set to `value`, then restores the old value (also on error).
 * Renderers use it for context that nests: the current heading depth, "inside a box", …
 */
export function withSetting<S, K extends keyof S, R>(state: S, key: K, value: S[K], render: () => R): R {
  const outer = state[key];
  state[key] = value;
  try {
    return render();
  } finally {
    state[key] = outer;
  }
}
