/** Turning article files (plain text in any common encoding, HTML pages) into document text and metadata. */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.sayso.io.importer;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
