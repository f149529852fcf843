/**
 * The service's HTTP side: status page, health, metrics and uploads, on the
 * JDK's HTTP server. Reads the drop folder through the inbox and the
 * published articles from their manifests, and serves nothing from outside
 * the output folder.
 */
package org.republish.web;
