package org.sayso.io.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.SpeakerMention;

/**
 * {@code conll}: {@value #FILE}, one token per line with tab-separated columns {@code token begin end speaker claim
 * cue date}; offsets are UTF-16 code units, and each layer has its own BIO column ({@code B-SPEAKER},
 * {@code I-SPEAKER}, {@code O}) because the layers nest (a speaker inside a claim, a date inside a claim). A token
 * is inside a span when they overlap. Within one layer, a span that overlaps an earlier one keeps only its tokens
 * that are still free (the summary counts these). Tokens come from {@link SimpleTokenizer}; documents start with
 * {@code # newdoc id = <docId>} and {@code # set = <name>}, sentences are separated by blank lines.
 */
final class ConllExportWriter extends SingleFileExportWriter {

	static final String FILE = "annotations.conll";
	static final String HEADER = "# columns = token begin end speaker claim cue date\n";

	private static final String[] LAYERS = { "SPEAKER", "CLAIM", "CUE", "DATE" };

	ConllExportWriter() {
		super(FILE);
	}

	@Override
	protected byte[] header() {
		return HEADER.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public Written writeDocument(DocumentSets document, Path folder) {
		var text = document.text();
		var tokens = SimpleTokenizer.tokenize(text);
		var lines = new StringBuilder();
		var notes = new ArrayList<String>();
		for (var named : document.sets()) {
			lines.append("\n# newdoc id = ").append(document.id()).append("\n# set = ").append(named.name()).append('\n');
			var tags = new String[LAYERS.length][];
			int squeezed = 0;
			for (int layer = 0; layer < LAYERS.length; layer++) {
				tags[layer] = new String[tokens.size()];
				squeezed += tag(spans(named.set(), layer), tokens, LAYERS[layer], tags[layer]);
			}
			if (squeezed > 0) {
				notes.add(document.id() + " (" + named.name() + "): " + squeezed
						+ " span(s) overlap another of their layer; in the conll export they keep only their free tokens");
			}
			for (int t = 0; t < tokens.size(); t++) {
				var token = tokens.get(t);
				if (token.sentenceStart() && t > 0) {
					lines.append('\n');
				}
				lines.append(text, token.begin(), token.end()).append('\t').append(token.begin()).append('\t')
						.append(token.end());
				for (var layer : tags) {
					lines.append('\t').append(layer[t] == null ? "O" : layer[t]);
				}
				lines.append('\n');
			}
		}
		return new Written(lines.toString().getBytes(StandardCharsets.UTF_8), notes);
	}

	private static List<Annotation> spans(AnnotationSet set, int layer) {
		var spans = new ArrayList<Annotation>();
		for (var annotation : set.getAnnotations()) {
			boolean inLayer = switch (annotation) {
			case SpeakerMention s -> layer == 0;
			case Claim c -> layer == 1;
			case Cue c -> layer == 2;
			case DateMention d -> layer == 3;
			default -> false;
			};
			if (inLayer && annotation.getEnd() > annotation.getBegin()) {
				spans.add(annotation);
			}
		}
		// earlier first, and of two spans at the same place the longer: the outer one keeps its tokens
		spans.sort(Comparator.comparingInt(Annotation::getBegin).thenComparing(Comparator.comparingInt(Annotation::getEnd).reversed()));
		return spans;
	}

	/** Tags the tokens of each span; returns how many spans lost tokens to an earlier span of the layer. */
	static int tag(List<Annotation> spans, List<SimpleTokenizer.Token> tokens, String label, String[] tags) {
		int squeezed = 0;
		int first = 0;
		for (var span : spans) {
			while (first < tokens.size() && tokens.get(first).end() <= span.getBegin()) {
				first++;
			}
			boolean begun = false;
			boolean lost = false;
			for (int t = first; t < tokens.size() && tokens.get(t).begin() < span.getEnd(); t++) {
				if (tags[t] != null) {
					lost = true;
					continue;
				}
				tags[t] = (begun ? "I-" : "B-") + label;
				begun = true;
			}
			if (lost) {
				squeezed++;
			}
		}
		return squeezed;
	}
}
