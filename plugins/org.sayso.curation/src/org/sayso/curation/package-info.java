/**
 * Curation over a project: merging the annotators' sets into the curated set, the curation decisions, and inter-annotator agreement, run over a project's store.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.sayso.curation;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
