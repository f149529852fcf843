/**
 * The top floor: the command line ({@link org.republish.App}), the service
 * ({@link org.republish.Service}) and the {@link org.republish.Assembly} that
 * builds the publishing pipeline from the settings. It wires the packages
 * below together; none of them imports anything from here.
 */
package org.republish;
