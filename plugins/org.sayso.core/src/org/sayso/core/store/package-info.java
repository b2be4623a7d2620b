/**
 * The project store: a project folder opened for work, its sets read and written atomically.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.sayso.core.store;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
