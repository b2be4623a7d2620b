package org.sayso.curation.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The agreement of a project: per type over the corpus and per document. Corpus figures pool the documents that
 * every one of {@code annotators} has annotated ({@code corpusDocuments} of them), the continuum of alpha-U being
 * those documents laid end to end; a document some annotator has not done is measured on its own only.
 */
public record AgreementReport(List<String> annotators, Map<String, TypeAgreement> corpus, int corpusDocuments,
		List<DocumentAgreement> documents) {

	/** The documents, the one with the lowest figure first; documents without any figure last. */
	public List<DocumentAgreement> byWorstAgreement() {
		return documents.stream().sorted(Comparator.comparing(DocumentAgreement::worst,
				Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DocumentAgreement::documentId)).toList();
	}
}
