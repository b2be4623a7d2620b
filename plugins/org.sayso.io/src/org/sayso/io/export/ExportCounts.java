package org.sayso.io.export;

import java.util.List;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNull;
import org.sayso.core.AnnotationKind;
import org.sayso.model.Annotation;
import org.sayso.model.DateMention;

/** Annotations counted per type, under the names the summary shows. */
final class ExportCounts {

	/** The names the summary shows, in its order: the UIMA types' short names ("Speaker", "DateMention"). */
	static final List<String> TYPES = java.util.Arrays.stream(AnnotationKind.values()).map(AnnotationKind::casName).toList();

	private final TreeMap<String, Integer> counts = new TreeMap<>();

	void add(Iterable<? extends @NonNull Annotation> annotations) {
		for (var annotation : annotations) {
			counts.merge(typeOf(annotation), 1, Integer::sum);
		}
	}

	TreeMap<String, Integer> counts() {
		return counts;
	}

	static String typeOf(Annotation annotation) {
		return AnnotationKind.of(annotation).casName();
	}
}
