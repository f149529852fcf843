package org.republish.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Collects the blocks a transform takes out of a body and removes them all
 * at once, recording for each where its words stood before any was removed,
 * so that the fidelity check can account for every word that left.
 */
final class BlockRemover {

    private final String rule;
    private final Map<Element, String> marked = new LinkedHashMap<>();

    BlockRemover(String rule) {
        this.rule = rule;
    }

    /** Marks a block for removal; {@code reason} says what it is. */
    void mark(Element block, String reason) {
        marked.putIfAbsent(block, reason);
    }

    void unmark(Element block) {
        marked.remove(block);
    }

    boolean isEmpty() {
        return marked.isEmpty();
    }

    boolean isMarked(Element block) {
        return marked.containsKey(block);
    }

    /** Removes the marked blocks from {@code body}; the records are in document order. */
    List<Removal> removeFrom(Element body) {
        List<Removal> removals = new ArrayList<>();
        List<Element> blocks = new ArrayList<>();
        for (Element block : marked.keySet()) {
            if (block.parents().stream().noneMatch(marked::containsKey)) {
                blocks.add(block);
            }
        }
        Map<org.jsoup.nodes.Node, Integer> before = Words.countsBefore(body, blocks);
        for (Element block : blocks) {
            String text = Words.textOf(block).strip().replaceAll("\\s+", " ");
            int count = Words.of(block).size();
            removals.add(new Removal(rule, marked.get(block), text, before.get(block), count));
        }
        blocks.forEach(Element::remove);
        removals.sort(java.util.Comparator.comparingInt(Removal::wordIndex));
        return removals;
    }
}
