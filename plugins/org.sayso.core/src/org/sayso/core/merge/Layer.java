package org.sayso.core.merge;

import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/** The kinds of annotation a merge aligns separately: a unit never mixes two layers. */
public enum Layer {
	SPEAKER("Speaker"), CLAIM("Claim"), CUE("Cue"), DATE("Date");

	private final String label;

	Layer(String label) {
		this.label = label;
	}

	/** The name users see (and agreement reports use as the type). */
	public String label() {
		return label;
	}

	public static Layer of(Annotation annotation) {
		return switch (annotation) {
		case SpeakerMention s -> SPEAKER;
		case Claim c -> CLAIM;
		case Cue c -> CUE;
		case DateMention d -> DATE;
		default -> throw new IllegalArgumentException("Not a Sayso annotation: " + annotation.eClass().getName());
		};
	}
}
