package org.sayso.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.core.store.ProjectStore;

/**
 * Saving and opening a 1 MB article with 100,000 annotations through the project store (EMF model, CAS mapping,
 * hardened reader, atomic write with backup and change detection), against UIMA's own XMI serializer and
 * deserializer on the same CAS. Target: at most 1.5 times raw UIMA.
 */
final class StoreBench {

	static final int CHARS = 1_000_000;
	static final int ANNOTATIONS = 100_000;

	static void run(Report report, Path scratch) throws Exception {
		report.section("Store: save and open a 1 MB article with " + ANNOTATIONS + " annotations");
		var root = scratch.resolve("store");
		var store = ProjectStore.create(root, "bench");
		var document = store.addDocument("long-article", SyntheticArticle.text(CHARS));
		store.saveProject(false);
		var opened = store.openSet(document, "ana");
		var generated = SyntheticArticle.annotate(document, ANNOTATIONS);
		opened.set().getEntities().addAll(generated.getEntities());
		opened.set().getAnnotations().addAll(generated.getAnnotations());

		var rawFile = scratch.resolve("raw.xmi");
		var cas = SaysoTypeSystem.createCas();
		CasMapper.write(opened.set(), "bench", cas);
		var saves = Measurement.paired("store: save (map to CAS, XMI, flush to disk, atomic rename, backup)",
				() -> store.save(opened, true), "baseline: XmiCasSerializer of the same CAS to a file", () -> {
					try (var out = new BufferedOutputStream(Files.newOutputStream(rawFile), 1 << 16)) {
						XmiCasSerializer.serialize(cas, out);
					}
				}, 2, 7);
		report.ratio(saves[0], saves[1], 1.5);
		report.note(String.format("XMI file: %.1f MB", Files.size(opened.file()) / 1e6));

		var opens = Measurement.paired("store: open (hardened read, change stamp, map to EMF)", () -> {
			var reopened = ProjectStore.open(root);
			var set = reopened.openSet(reopened.document("long-article"), "ana");
			if (set.set().getAnnotations().size() != ANNOTATIONS) {
				throw new IllegalStateException("read " + set.set().getAnnotations().size() + " annotations");
			}
		}, "baseline: XmiCasDeserializer of the same file", () -> {
			var fresh = SaysoTypeSystem.createCas();
			try (var in = new BufferedInputStream(Files.newInputStream(rawFile), 1 << 16)) {
				XmiCasDeserializer.deserialize(in, fresh);
			}
		}, 2, 7);
		report.ratio(opens[0], opens[1], 1.5);
	}

	private StoreBench() {
	}
}
