package org.sayso.core.xmi;

import java.util.IdentityHashMap;

import org.apache.uima.cas.CAS;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.cas.impl.XmiSerializationSharedData;
import org.apache.uima.cas.text.AnnotationFS;

/**
 * Refuses annotations that do not fit their text: begin below 0, end before begin, or end beyond the text of their
 * view. UIMA loads them without a check, and they fail much later (covered text, highlighting, merging) far from the
 * file that caused it. Every annotation with an xmi:id is checked, indexed or only referenced.
 * <p>
 * Views whose subject of analysis is not local text (a sofa URI or an array) are not checked: their length is unknown.
 */
final class OffsetCheck {

	private OffsetCheck() {
	}

	/** Walks each view's annotation index: unlike the id map, it needs no sorting of every feature structure. */
	static void check(CAS cas, XmiSerializationSharedData notes, String source) throws XmiReadException {
		var lengths = new IdentityHashMap<CAS, Integer>();
		for (var views = cas.getViewIterator(); views.hasNext();) {
			for (AnnotationFS annotation : views.next().getAnnotationIndex()) {
				var fs = annotation;
				var view = annotation.getView();
				int length = lengths.computeIfAbsent(view, OffsetCheck::textLength);
				var begin = annotation.getBegin();
				var end = annotation.getEnd();
				if (length >= 0 && (begin < 0 || end < begin || end > length)) {
					throw new XmiReadException(source, fs.getType().getName() + " (xmi:id " + notes.getXmiId((TOP) fs)
							+ ") spans " + begin + "-" + end + ", which does not fit the text of view " + view.getViewName()
							+ " (" + length + " characters). The annotations do not belong to this text, so nothing was"
							+ " loaded; export the document again together with its text.", null);
				}
			}
		}
	}

	/** The text length of a view, -1 when its data is not local text. */
	private static int textLength(CAS view) {
		var text = view.getDocumentText();
		if (text != null) {
			return text.length();
		}
		var sofa = view.getSofa();
		var remote = sofa != null && (sofa.getSofaURI() != null || sofa.getLocalFSData() != null);
		return remote ? -1 : 0;
	}
}
