package org.sayso.suggest.eval;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;
import org.sayso.model.SaysoFactory;
import org.sayso.suggest.Suggester;

/**
 * Scores suggestions against a gold annotator of a project: for every document the gold annotator has a set for,
 * either the suggester is run into a set in memory (nothing is written to the project), or the set of another
 * annotator is compared.
 */
public final class GoldEvaluation {

	private GoldEvaluation() {
	}

	/**
	 * @param system the annotator to compare, or {@code null} to run the suggester
	 */
	public static Scores run(ProjectStore store, String gold, @Nullable String system, @Nullable IProgressMonitor monitor)
			throws StoreException {
		var documents = goldDocuments(store, gold);
		if (documents.isEmpty()) {
			throw new StoreException("Annotator '" + gold + "' has no annotation sets in " + store.layout().root()
					+ ": nothing to evaluate against. Name the gold annotator with --gold.");
		}
		var progress = SubMonitor.convert(monitor, "Evaluating against " + gold, documents.size());
		var scores = new Scores();
		for (var document : documents) {
			progress.subTask(document.getId());
			var goldSet = store.openSet(document, gold).set();
			AnnotationSet systemSet;
			if (system == null) {
				systemSet = SaysoFactory.eINSTANCE.createAnnotationSet();
				systemSet.setDocument(copy(document));
				Suggester.suggest(systemSet, progress.split(1));
			} else {
				systemSet = store.openSet(document, system).set();
				progress.worked(1);
			}
			Evaluation.compare(goldSet, systemSet, scores);
		}
		return scores;
	}

	/** The documents with a set of {@code annotator}, in project order. */
	public static List<Document> goldDocuments(ProjectStore store, String annotator) throws StoreException {
		var list = new ArrayList<Document>();
		for (var document : store.project().getDocuments()) {
			if (Files.exists(store.layout().annotations(annotator, document.getId()))) {
				store.text(document);
				list.add(document);
			}
		}
		return list;
	}

	// the suggester may set a DCT from the dateline: on a copy, so that the project's document stays as it is
	private static Document copy(Document document) {
		var copy = SaysoFactory.eINSTANCE.createDocument();
		copy.setId(document.getId());
		copy.setText(document.getText());
		copy.setDct(document.getDct());
		copy.setDctOrigin(document.getDctOrigin());
		copy.setLanguage(document.getLanguage());
		return copy;
	}
}
