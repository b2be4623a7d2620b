package org.sayso.ui.internal.editor;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.project.ProjectCopies;
import org.sayso.core.store.StoreException;
import org.sayso.model.AnnotationSet;
import org.sayso.model.ProjectLayout;

/**
 * The annotated copies of the article an editor has open, most shared first: for each, the set to carry from (its
 * curated set, else the editor's annotator's own set of it, else the set with the most annotations) and its text.
 */
public final class AnnotatedCopies {

	/** A copy with annotations: its id, which set ("curated" or an annotator), that set, its text, the share. */
	public record Source(String documentId, String setName, AnnotationSet set, String text, double share) {
	}

	private AnnotatedCopies() {
	}

	/** The annotated copies of the session's article; none when it has no copy or no copy is annotated. */
	public static List<Source> of(EditorSession session) throws ProjectListingException, StoreException {
		var store = session.store();
		var listing = ProjectListing.open(store.layout().root());
		var id = session.document().getId();
		var result = ProjectCopies.detect(listing, message -> {
			// an unreadable article is no copy to carry from
		});
		var sources = new ArrayList<Source>();
		for (var pair : result.pairsOf(id)) {
			var copy = pair.a().equals(id) ? pair.b() : pair.a();
			var document = store.document(copy);
			var text = store.text(document);
			var layout = store.layout();
			if (Files.isRegularFile(layout.curationFolder().resolve(copy + ProjectLayout.XMI_EXTENSION))) {
				sources.add(new Source(copy, "curated", store.openCuratedSet(document, null).set(), text, pair.share()));
				continue;
			}
			AnnotationSet best = null;
			String bestName = null;
			for (var annotator : listing.annotators()) {
				if (!Files.isRegularFile(layout.annotations(annotator, copy))) {
					continue;
				}
				var set = store.openSet(document, annotator).set();
				boolean own = annotator.equals(session.annotator());
				if (!set.getAnnotations().isEmpty() && (best == null || own
						|| !bestName.equals(session.annotator()) && set.getAnnotations().size() > best.getAnnotations().size())) {
					best = set;
					bestName = annotator;
				}
			}
			if (best != null) {
				sources.add(new Source(copy, bestName, best, text, pair.share()));
			}
		}
		return sources;
	}
}
