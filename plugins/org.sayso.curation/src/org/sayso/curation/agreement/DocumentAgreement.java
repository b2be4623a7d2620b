package org.sayso.curation.agreement;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/** The agreement of the annotators of one document, per annotation type (in the order Speaker, Claim, Cue, Date). */
public record DocumentAgreement(String documentId, List<String> annotators, Map<String, TypeAgreement> types) implements java.io.Serializable {

	/** The lowest defined figure of any type; null when nothing could be measured. */
	public @Nullable Double worst() {
		@Nullable Double worst = null;
		for (var type : types.values()) {
			var value = type.worst();
			if (value != null && (worst == null || value < worst)) {
				worst = value;
			}
		}
		return worst;
	}
}
