/**
 * The {@code bench} command: runs the real service on generated articles and
 * prints throughput, latency and memory, and times the pipeline directly. It
 * measures and never asserts; the application hands it the service and the
 * pipeline to measure.
 */
package org.republish.bench;
