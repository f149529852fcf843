/**
 * One input's way to its outputs: an ordered list of steps, each one call into
 * the door of a stage (read, decide the licence, clean, attribute), then the
 * writing of every requested format and the all-or-nothing store. Knows the
 * stages but not where inputs come from: the service and the command line use
 * it alike.
 */
package org.republish.pipeline;
