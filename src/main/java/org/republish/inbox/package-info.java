/**
 * What the service knows about the drop folder: which file names are never
 * taken as articles (the routes use the same pattern), the {@code .done/},
 * {@code .error/} and {@code .hold/} folders inputs go to, the reason file
 * beside a refused one, and the outcomes told to monitoring. Imports nothing
 * of the project's but the model.
 */
package org.republish.inbox;
