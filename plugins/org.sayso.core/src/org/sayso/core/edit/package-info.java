/**
 * Edits of an annotation set as the editor makes them (tag, adjust, link, delete), date values, the span index; plain model code, no UI.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.sayso.core.edit;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
