package org.sanctions.lookup.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Finds ownership cycles above an entity with an explicit stack, so depth never overflows the call stack. */
final class Cycles {

    private static final int MAX_REPORTED = 20;

    private Cycles() {
    }

    static List<List<String>> above(OwnershipGraph graph, String target) {
        List<List<String>> found = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>(); // 1 on the stack, 2 done
        Deque<String> path = new ArrayDeque<>();
        Deque<Iterator<Holding>> stack = new ArrayDeque<>();
        path.push(target);
        state.put(target, 1);
        stack.push(graph.ownersOf(target).iterator());
        while (!stack.isEmpty() && found.size() < MAX_REPORTED) {
            Iterator<Holding> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                state.put(path.pop(), 2);
                continue;
            }
            String owner = it.next().owner();
            Integer s = state.get(owner);
            if (s == null) {
                state.put(owner, 1);
                path.push(owner);
                stack.push(graph.ownersOf(owner).iterator());
            } else if (s == 1) {
                found.add(cycle(path, owner));
            }
        }
        return found;
    }

    /** The ids from {@code owner} down the current path back to it (path holds the deepest id first). */
    private static List<String> cycle(Deque<String> path, String owner) {
        List<String> ids = new ArrayList<>();
        for (String id : path) {
            ids.add(id);
            if (id.equals(owner)) {
                break;
            }
        }
        return ids;
    }
}
