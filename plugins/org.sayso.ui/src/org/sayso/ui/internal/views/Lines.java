package org.sayso.ui.internal.views;

import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;

/** Line numbers of annotations, 1-based as the editor shows them; the line starts of a text are found once. */
final class Lines {

	/** Line starts per text (by identity of the text string, which the document keeps while it is open). */
	private static final Map<String, int[]> STARTS = new WeakHashMap<>();

	private Lines() {
	}

	/** The line {@code annotation} starts on, or 0 when its text is not loaded. */
	static int of(Annotation annotation) {
		if (!(annotation.eContainer() instanceof AnnotationSet set) || set.getDocument() == null
				|| set.getDocument().getText() == null) {
			return 0;
		}
		return of(set.getDocument().getText(), annotation.getBegin());
	}

	static int of(String text, int offset) {
		int[] starts;
		synchronized (STARTS) {
			starts = STARTS.computeIfAbsent(text, Lines::starts);
		}
		int i = Arrays.binarySearch(starts, offset);
		return (i >= 0 ? i : -i - 2) + 1;
	}

	private static int[] starts(String text) {
		int n = 1;
		for (int i = 0; i < text.length(); i++) {
			n += text.charAt(i) == '\n' ? 1 : 0;
		}
		var starts = new int[n];
		int k = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts[k++] = i + 1;
			}
		}
		return starts;
	}
}
