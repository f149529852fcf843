/**
 * Several nodes on one input folder: who has which input in hand, which
 * output folder names are taken, and which nodes are alive, kept in a shared
 * PostgreSQL database. The claims on inputs are Camel's orphan-lock-aware JDBC
 * idempotent repository: a node renews its claims while it lives, and the
 * claims of a node that stopped renewing them expire, so another takes over.
 */
package org.republish.cluster;
