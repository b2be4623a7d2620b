package org.sayso.io.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The formats a project can be exported to, with the names the command line and the wizard use. */
public enum ExportFormat {

	UIMA_XMI("uima-xmi", "UIMA XMI, one file per document (per annotator with 'all') and TypeSystem.xml"),
	INCEPTION("inception", "INCEpTION: per document a zip of <annotator>.xmi and TypeSystem.xml"),
	EMF("emf", "the whole corpus as one EMF XMI resource (sayso-corpus.xmi) with its .ecore models"),
	JSONL("jsonl", "one JSON object per document and set: text, DCT, typed spans, speaker links, date values"),
	CONLL("conll", "one token per line with BIO columns for speaker, claim, cue and date"),
	BRAT("brat", "brat standoff: <docId>.txt and .ann per document, annotation.conf and visual.conf");

	private final String id;
	private final String description;

	ExportFormat(String id, String description) {
		this.id = id;
		this.description = description;
	}

	/** The name on the command line: {@code uima-xmi}, {@code inception}, ... */
	public String id() {
		return id;
	}

	public String description() {
		return description;
	}

	/** The format named {@code id}, or an {@link IllegalArgumentException} that lists the known ones. */
	public static ExportFormat of(String id) {
		for (var format : values()) {
			if (format.id.equals(id)) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown format '" + id + "'; the formats are " + ids());
	}

	public static String ids() {
		return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
	}

	ExportWriter newWriter(ExportRequest request) {
		return switch (this) {
		case UIMA_XMI -> new XmiExportWriter(request);
		case INCEPTION -> new InceptionExportWriter(request);
		case EMF -> new EmfExportWriter(request);
		case JSONL -> new JsonlExportWriter(request);
		case CONLL -> new ConllExportWriter();
		case BRAT -> new BratExportWriter(request);
		};
	}
}
