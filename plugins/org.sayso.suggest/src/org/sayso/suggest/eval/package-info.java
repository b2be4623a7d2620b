/**
 * Evaluation of suggestions or of an annotator's sets against a gold annotator: precision, recall and F1 per type, exact and overlapping, the TempEval-3 date measures, attribution and value accuracy.
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD })
package org.sayso.suggest.eval;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.PARAMETER;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;

import org.eclipse.jdt.annotation.NonNullByDefault;
