/**
 * The service's HTTP side: status page (with its search), health, metrics,
 * uploads and the editor's desk, on the JDK's HTTP server. Reads the drop
 * folder through the inbox and the published articles from their manifests,
 * and serves nothing from outside the output folder. The desk's actions
 * ({@link org.republish.web.Desk}) touch only files the desk itself lists,
 * behind the checks of {@link org.republish.web.DeskGuard}.
 */
package org.republish.web;
