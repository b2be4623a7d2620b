/**
 * Copies among articles: near-duplicates and shared passages, as syndicated news has them. An algorithm on the
 * texts it is handed; reading them from a project is the caller's.
 */
@NonNullByDefault({ DefaultLocation.PARAMETER, DefaultLocation.RETURN_TYPE, DefaultLocation.FIELD })
package org.sayso.core.copies;

import org.eclipse.jdt.annotation.DefaultLocation;
import org.eclipse.jdt.annotation.NonNullByDefault;
