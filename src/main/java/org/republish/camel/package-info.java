/**
 * What the Camel routes call: the desk that publishes each file the route
 * picks up through the pipeline and says where the input goes, the read lock
 * that tells when a dropped file is complete, and the progress log. Holds no
 * editorial logic, and knows the drop folder only through the inbox.
 */
package org.republish.camel;
