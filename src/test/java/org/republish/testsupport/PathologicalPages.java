package org.republish.testsupport;

/** Pages made to stall a reader, for the tests of the limits that stop them. */
public final class PathologicalPages {

    private PathologicalPages() {
    }

    /**
     * Blocks nested {@code depth} deep, each with a paragraph, under a CC BY
     * licence link. Measured on a loaded 2-core machine without a time budget:
     * 4,000 take about 3 s to publish, 8,000 about 10 s, most of it laying out the PDF.
     */
    public static String nestedBlocks(int depth) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>Nested blocks</title>"
                + "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\"></head>"
                + "<body><article><h1>Nested blocks</h1>");
        for (int i = 0; i < depth; i++) {
            page.append("<div><p>Paragraph ").append(i).append(" of a page made to stall a reader.</p>");
        }
        page.append("</div>".repeat(depth));
        return page.append("</article></body></html>").toString();
    }
}
