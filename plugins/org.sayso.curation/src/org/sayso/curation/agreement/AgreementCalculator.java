package org.sayso.curation.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.curation.merge.DocumentMerge;
import org.sayso.core.AnnotationKind;
import org.sayso.curation.merge.MergeUnit;
import org.sayso.model.Annotation;
import org.sayso.model.ClaimKind;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/**
 * Measures agreement on merged documents, one at a time, and over the corpus. Spans go to alpha-U (no alignment
 * needed); the merge's aligned units go to Cohen's and Fleiss' kappa with the annotation's kind as category (claim
 * kind, speaker kind, date type; "cue" for cues) and {@link CodedUnits#ABSENT} for an annotator without the unit;
 * aligned claims and dates give the attribution and date value agreement. {@link #add} may be called from several
 * threads at once.
 */
public final class AgreementCalculator implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private final List<String> corpusAnnotators;
	private final List<DocumentAgreement> documents = new ArrayList<>();
	/** By document id: the corpus continuum is the documents in id order, whatever order they were measured in. */
	private final Map<String, SpanStudy> corpusSpans = new TreeMap<>();
	private final Map<AnnotationKind, CodedUnits> corpusCoded = new EnumMap<>(AnnotationKind.class);
	private final Map<AnnotationKind, int[]> corpusPairs = new EnumMap<>(AnnotationKind.class);

	/** @param corpusAnnotators the annotators the corpus figures are for, usually all of the project's */
	public AgreementCalculator(List<String> corpusAnnotators) {
		this.corpusAnnotators = corpusAnnotators.stream().sorted().toList();
		for (var layer : AnnotationKind.values()) {
			corpusCoded.put(layer, new CodedUnits(this.corpusAnnotators));
			corpusPairs.put(layer, new int[2]);
		}
	}

	/** Measures one document and adds it to the corpus figures when all corpus annotators did it. */
	public DocumentAgreement add(DocumentMerge merge) {
		var raters = merge.annotators();
		var text = merge.document().getText();
		var spans = new SpanStudy(raters.size(), text == null ? 0 : text.length());
		var coded = new EnumMap<AnnotationKind, CodedUnits>(AnnotationKind.class);
		var pairs = new EnumMap<AnnotationKind, int[]>(AnnotationKind.class);
		for (var layer : AnnotationKind.values()) {
			coded.put(layer, new CodedUnits(raters));
			pairs.put(layer, new int[2]);
		}
		for (var unit : merge.units()) {
			var categories = new String[raters.size()];
			for (int r = 0; r < raters.size(); r++) {
				var version = unit.version(raters.get(r));
				if (version != null) {
					spans.add(version.getBegin(), version.getEnd(), r, unit.layer().label());
					categories[r] = category(version);
				}
			}
			coded.get(unit.layer()).add(categories);
			countPairs(merge, unit, pairs.get(unit.layer()));
		}
		var alphas = spans.alphaU();
		var types = new LinkedHashMap<String, TypeAgreement>();
		for (var layer : AnnotationKind.values()) {
			types.put(layer.label(), figures(layer, alphas.get(layer.label()), coded.get(layer), pairs.get(layer)));
		}
		var result = new DocumentAgreement(merge.document().getId(), raters, types);
		// measuring above touches only this document; merges running in parallel meet only here
		synchronized (this) {
			documents.add(result);
			if (raters.equals(corpusAnnotators)) {
				addToCorpus(merge, spans, coded, pairs);
			}
		}
		return result;
	}

	private void addToCorpus(DocumentMerge merge, SpanStudy spans, Map<AnnotationKind, CodedUnits> coded,
			Map<AnnotationKind, int[]> pairs) {
		corpusSpans.put(merge.document().getId(), spans);
		coded.forEach((layer, units) -> corpusCoded.get(layer).addAll(units));
		pairs.forEach((layer, counts) -> {
			corpusPairs.get(layer)[0] += counts[0];
			corpusPairs.get(layer)[1] += counts[1];
		});
	}

	/**
	 * Adds what {@code other} measured, for the same corpus annotators (its documents and its share of the corpus
	 * figures): measuring parts of a corpus apart (on Spark) and merging them gives the figures of measuring it whole.
	 */
	public synchronized void merge(AgreementCalculator other) {
		if (!other.corpusAnnotators.equals(corpusAnnotators)) {
			throw new IllegalArgumentException("merging the figures of " + other.corpusAnnotators + " into those of "
					+ corpusAnnotators);
		}
		synchronized (other) {
			documents.addAll(other.documents);
			corpusSpans.putAll(other.corpusSpans);
			other.corpusCoded.forEach((layer, units) -> corpusCoded.get(layer).addAll(units));
			other.corpusPairs.forEach((layer, counts) -> {
				corpusPairs.get(layer)[0] += counts[0];
				corpusPairs.get(layer)[1] += counts[1];
			});
		}
	}

	/** The corpus figures and every document measured so far. */
	public synchronized AgreementReport report() {
		var alphas = SpanStudy.corpusAlphaU(List.copyOf(corpusSpans.values()), corpusAnnotators.size());
		var corpus = new LinkedHashMap<String, TypeAgreement>();
		for (var layer : AnnotationKind.values()) {
			corpus.put(layer.label(), figures(layer, alphas.get(layer.label()), corpusCoded.get(layer),
					corpusPairs.get(layer)));
		}
		// documents may be measured in any order (merges run in parallel): the report lists them by id
		var byId = new ArrayList<>(documents);
		byId.sort(java.util.Comparator.comparing(DocumentAgreement::documentId));
		return new AgreementReport(corpusAnnotators, corpus, corpusSpans.size(), List.copyOf(byId));
	}

	private static TypeAgreement figures(AnnotationKind layer, @Nullable Double alphaU, CodedUnits coded, int[] pairs) {
		@Nullable Double share = pairs[1] == 0 ? null : (double) pairs[0] / pairs[1];
		return new TypeAgreement(layer.label(), alphaU, coded.fleissKappa(), coded.cohenKappa(),
				layer == AnnotationKind.CLAIM ? share : null, layer == AnnotationKind.DATE ? share : null, coded.size());
	}

	/** Agreeing and all pairs of annotators who both have the claim (same speakers) or the date (same value). */
	private static void countPairs(DocumentMerge merge, MergeUnit unit, int[] counts) {
		if (unit.layer() != AnnotationKind.CLAIM && unit.layer() != AnnotationKind.DATE) {
			return;
		}
		var present = new ArrayList<String>(unit.versions().keySet());
		var values = new ArrayList<String>(present.size());
		for (var annotator : present) {
			values.add(unit.layer() == AnnotationKind.CLAIM ? merge.speakersOf(unit, annotator)
					: String.valueOf(((DateMention) unit.version(annotator)).getValue()));
		}
		for (int a = 0; a < values.size(); a++) {
			for (int b = a + 1; b < values.size(); b++) {
				counts[1]++;
				if (values.get(a).equals(values.get(b))) {
					counts[0]++;
				}
			}
		}
	}

	private static String category(Annotation annotation) {
		return switch (annotation) {
		case SpeakerMention s -> s.getKind() == null ? "speaker" : s.getKind().getLiteral();
		case Claim c -> c.getKind() == null ? ClaimKind.DIRECT.getLiteral() : c.getKind().getLiteral();
		case DateMention d -> d.getType() == null ? "date" : d.getType().getLiteral();
		default -> "cue";
		};
	}
}
