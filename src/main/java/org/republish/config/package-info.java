/**
 * The service's settings, from the bundled defaults, an operator's properties
 * file, environment variables and command-line options, each layer overriding
 * the one before. Imports nothing of the project's.
 */
package org.republish.config;
