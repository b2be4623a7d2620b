package org.sayso.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sayso.core.xmi.EmfOptions;
import org.sayso.model.Project;
import org.sayso.model.SaysoPackage;

/** Reads and writes {@code sayso.project}, an EMF XMI file, refusing DOCTYPEs and external entities. */
final class ProjectSettingsFile {

	private ProjectSettingsFile() {
	}

	static Project read(Path file) throws StoreException {
		SaysoPackage.eINSTANCE.eClass(); // registers the package on a plain class path
		var resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		try (var in = Files.newInputStream(file)) {
			resource.load(in, EmfOptions.hardenedLoad());
		} catch (IOException | RuntimeException e) {
			throw new StoreException(file + " cannot be read: " + rootMessage(e)
					+ ". Restore it from " + file.getFileName() + AtomicFileWriter.BACKUP_SUFFIX
					+ " or from version control.", e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Project project)) {
			throw new StoreException(file + " is not a Sayso project file (it holds no project). Restore it from "
					+ file.getFileName() + AtomicFileWriter.BACKUP_SUFFIX + " or from version control.");
		}
		return project;
	}

	static FileStamp write(Project project, Path file, @Nullable FileStamp expected, boolean overwriteChanges) throws StoreException {
		var resource = project.eResource();
		if (resource == null) {
			resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
			resource.getContents().add(project);
		}
		var toSave = resource;
		return AtomicFileWriter.write(file, expected, overwriteChanges, out -> toSave.save(out, saveOptions()));
	}

	private static Map<Object, Object> saveOptions() {
		var options = EmfOptions.save();
		options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, null);
		return options;
	}

	private static String rootMessage(Throwable e) {
		var cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}
}
