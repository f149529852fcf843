package org.republish.config;

/**
 * The largest input file the service takes, and where that limit comes from:
 * {@code republish.max-input-bytes}, or each article's share of the heap when
 * that allows less (issue 14, item 3: a 19 MB article, under the 20 MB limit,
 * ran the heap dry and took the articles beside it down with it). An article
 * refused here is refused at once, with the limit and how to raise it, before
 * it is read.
 *
 * @param bytes inputs larger than this are refused
 * @param why   where the limit comes from, in words for the reason file
 */
public record InputLimit(long bytes, String why) {

    /**
     * Heap an article takes while published, per byte of input. Measured with
     * {@code convert} on generated Markdown of prose (one article, all three formats,
     * -XX:+UseSerialGC): 1 MB published under -Xmx128m, 2 MB and 2.56 MB under -Xmx256m
     * (100 times); 1 MB did not under -Xmx64m, 2 MB not under -Xmx128m, 4 MB not under
     * -Xmx256m (64 times). The JVM and the renderers take their part of it too.
     */
    public static final long HEAP_PER_INPUT_BYTE = 100;

    /** The setting alone (tests, embedding). */
    public static InputLimit configured(long maxInputBytes) {
        return new InputLimit(maxInputBytes, "republish.max-input-bytes");
    }

    /** The setting, lowered to an article's share of {@code maxHeap} among {@code workers} articles in hand. */
    public static InputLimit of(Settings settings, long maxHeap, int workers) {
        long configured = settings.number(Settings.MAX_INPUT_BYTES, 20_000_000);
        long share = maxHeap / Math.max(1, workers);
        long byHeap = share / HEAP_PER_INPUT_BYTE;
        if (byHeap >= configured) {
            return configured(configured);
        }
        return new InputLimit(byHeap, "each article's share of the service's memory: " + maxHeap / (1024 * 1024)
                + " MB of heap for " + workers + (workers == 1 ? " article" : " articles") + " at a time, and an "
                + "article takes about " + HEAP_PER_INPUT_BYTE + " times its size; give the service more memory "
                + "(java -Xmx...) or fewer workers (republish.workers) to take larger files");
    }
}
