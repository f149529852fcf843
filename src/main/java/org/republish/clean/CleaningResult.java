package org.republish.clean;

import java.util.List;
import java.util.stream.Collectors;
import org.republish.model.Article;

/**
 * A cleaned article, the fidelity check of the whole cleaning (original body
 * against cleaned body, wrapper removals allowed), and what was removed, with
 * word positions in the original body.
 */
public record CleaningResult(Article article, FidelityResult fidelity, List<Removal> removals) {

    public CleaningResult {
        removals = List.copyOf(removals);
    }

    /** A report for an editor: the fidelity verdict and the blocks that left the body. */
    public String report() {
        String removed = removals.stream()
                .map(r -> "  - " + r.rule() + " (" + r.reason() + "): " + ProseText.example(r.text()))
                .collect(Collectors.joining("\n"));
        return fidelity.report() + (removed.isEmpty() ? "" : "\nRemoved from the body:\n" + removed);
    }
}
