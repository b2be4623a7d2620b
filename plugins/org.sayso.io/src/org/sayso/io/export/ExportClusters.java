package org.sayso.io.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.sayso.core.copies.ClaimClusters;

/**
 * The articles an export tells claim clusters among ({@code jsonl}'s {@code cluster} ids): every set of the selection
 * of every document of the project, in the project's order, as the export reads them.
 */
public final class ExportClusters {

	private ExportClusters() {
	}

	/** A document's candidates for the clusters, with its place in the project's order of documents. */
	public record DocumentCandidates(int index, String documentId, List<ClaimClusters.Candidate> candidates)
			implements java.io.Serializable {
	}

	static List<ClaimClusters.Article> articles(ExportRequest request) throws IOException {
		var articles = new ArrayList<ClaimClusters.Article>();
		try {
			var loader = new SetLoader(request.store(), request.selection(), Exporter.annotators(request), true);
			for (var document : request.store().project().getDocuments()) {
				var loaded = loader.load(document);
				if (loaded.sets() instanceof DocumentSets sets) {
					for (var named : sets.sets()) {
						articles.add(new ClaimClusters.Article(document.getId(), document.getDct(),
								sets.document().getText(), named.set()));
					}
				}
			}
		} catch (ExportException e) {
			throw new IOException(e.getMessage(), e);
		}
		return articles;
	}

	/**
	 * The candidates of each document of the request's project (in its order), numbered from {@code firstIndex}: a
	 * part of a project read on its own gives the same candidates as the whole.
	 */
	public static List<DocumentCandidates> candidates(ExportRequest request, int firstIndex) throws IOException {
		var indexOf = new java.util.HashMap<String, Integer>();
		for (var document : request.store().project().getDocuments()) {
			indexOf.put(document.getId(), firstIndex + indexOf.size());
		}
		var byDocument = new java.util.LinkedHashMap<String, List<ClaimClusters.Candidate>>();
		for (var article : articles(request)) {
			byDocument.computeIfAbsent(article.documentId(), id -> new ArrayList<>())
					.addAll(ClaimClusters.candidates(article));
		}
		var found = new ArrayList<DocumentCandidates>();
		byDocument.forEach((id, list) -> found.add(new DocumentCandidates(indexOf.get(id), id, List.copyOf(list))));
		return found;
	}
}
