package org.sayso.core.export;

import java.util.List;
import java.util.TreeMap;

import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/** Annotations counted per type, under the names the summary shows. */
final class ExportCounts {

	static final String SPEAKER = "Speaker";
	static final String CLAIM = "Claim";
	static final String CUE = "Cue";
	static final String DATE = "DateMention";
	static final List<String> TYPES = List.of(SPEAKER, CLAIM, CUE, DATE);

	private final TreeMap<String, Integer> counts = new TreeMap<>();

	void add(Iterable<? extends Annotation> annotations) {
		for (var annotation : annotations) {
			counts.merge(typeOf(annotation), 1, Integer::sum);
		}
	}

	TreeMap<String, Integer> counts() {
		return counts;
	}

	static String typeOf(Annotation annotation) {
		return switch (annotation) {
		case SpeakerMention s -> SPEAKER;
		case Claim c -> CLAIM;
		case Cue c -> CUE;
		case DateMention d -> DATE;
		default -> annotation.eClass().getName();
		};
	}
}
