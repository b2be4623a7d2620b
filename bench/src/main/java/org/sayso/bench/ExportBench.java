package org.sayso.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sayso.core.SaysoTypeSystem;
import org.sayso.core.cas.CasMapper;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;
import org.sayso.core.store.Folders;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.ProjectLayout;
import org.sayso.model.SaysoFactory;

/**
 * Export of 10,000 curated articles (5 KB, ~150 annotations each) to {@code uima-xmi} through the exporter (open
 * each set with the store's hardened reader, map to the EMF model, validate, map back to a CAS, serialize, atomic
 * folder move), against the plainest way to do the same work: UIMA's XmiCasDeserializer and XmiCasSerializer over
 * the same files into a folder. Both use two worker threads (a fixed pool of 2, one reused CAS per thread) and run
 * turn about; each run writes into a new folder, deleted after it, untimed. Target: at most 1.3 times the baseline.
 */
final class ExportBench {

	static final int DOCUMENTS = 10_000;
	static final int CHARS = 5_000;
	static final int ANNOTATIONS = 150;
	static final int WORKERS = 2;
	static final int RUNS = 3;

	static void run(Report report, Path scratch) throws Exception {
		report.section("Export: " + DOCUMENTS + " curated articles of " + CHARS / 1000 + " KB with ~" + ANNOTATIONS
				+ " annotations each to uima-xmi, " + WORKERS + " workers");
		var root = scratch.resolve("export-project");
		var ids = createProject(root);
		var store = ProjectStore.open(root);
		var runs = new double[2][RUNS];
		int warmups = 1;
		for (int i = -warmups; i < runs[0].length; i++) {
			var out = scratch.resolve("export-out-" + i);
			long start = System.nanoTime();
			var summary = Exporter.export(new ExportRequest(store, ExportFormat.UIMA_XMI, new SetSelection.Curated(), out,
					false, false, WORKERS), new NullProgressMonitor());
			long exported = System.nanoTime() - start;
			if (summary.documents() != DOCUMENTS) {
				throw new IllegalStateException("exported " + summary.documents() + " documents: " + summary.toText());
			}
			Folders.deleteTree(out);
			var rawOut = Files.createDirectory(scratch.resolve("raw-out-" + i));
			start = System.nanoTime();
			rawCopy(root, ids, rawOut);
			long raw = System.nanoTime() - start;
			Folders.deleteTree(rawOut);
			if (i >= 0) {
				runs[0][i] = exported / 1e6;
				runs[1][i] = raw / 1e6;
			}
		}
		report.ratio(new Measurement("exporter: open, validate, map, XMI, summary, atomic move", runs[0]),
				new Measurement("baseline: XmiCasDeserializer + XmiCasSerializer, same files", runs[1]), 1.3);
		report.note(String.format("%.2f ms per document exported (median)", new Measurement("", runs[0]).median() / DOCUMENTS));
	}

	/** The project written directly (the store would flush each of 20,000 files to disk, for minutes). */
	private static List<String> createProject(Path root) throws Exception {
		var store = ProjectStore.create(root, "bench");
		var layout = store.layout();
		Files.createDirectories(layout.curationFolder());
		var cas = SaysoTypeSystem.createCas();
		var ids = new ArrayList<String>();
		for (int i = 0; i < DOCUMENTS; i++) {
			var id = String.format("article-%05d", i);
			var text = SyntheticArticle.text(CHARS, i);
			Files.writeString(layout.text(id), text, StandardCharsets.UTF_8);
			var document = SaysoFactory.eINSTANCE.createDocument();
			document.setId(id);
			document.setText(text);
			var set = SyntheticArticle.annotate(document, ANNOTATIONS);
			set.setCurated(true);
			CasMapper.write(set, "bench", cas);
			try (var out = new BufferedOutputStream(Files.newOutputStream(layout.curated(id)), 1 << 16)) {
				XmiCasSerializer.serialize(cas, out);
			}
			ids.add(id);
		}
		return ids;
	}

	/** The same files, read and written by UIMA alone on the same number of threads. */
	private static void rawCopy(Path root, List<String> ids, Path out) throws Exception {
		var layout = new ProjectLayout(root);
		var cases = ThreadLocal.withInitial(SaysoTypeSystem::createCas);
		ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
		try {
			var futures = new ArrayList<Future<?>>();
			for (var id : ids) {
				futures.add(pool.submit(() -> {
					CAS cas = cases.get();
					cas.reset();
					try (var in = new BufferedInputStream(Files.newInputStream(layout.curated(id)), 1 << 16)) {
						XmiCasDeserializer.deserialize(in, cas);
					}
					try (var o = new BufferedOutputStream(Files.newOutputStream(out.resolve(id + ".xmi")), 1 << 16)) {
						XmiCasSerializer.serialize(cas, o);
					}
					return null;
				}));
			}
			for (var future : futures) {
				future.get();
			}
		} finally {
			pool.shutdown();
		}
	}

	private ExportBench() {
	}
}
