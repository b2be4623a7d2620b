package org.sayso.tools.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the model code of a bundle from its {@code model/*.genmodel} without an Eclipse IDE: maps
 * {@code platform:/resource/<bundle>/} to the bundle folder and runs EMF's generator for the model project only.
 * The output folder ({@code src-gen}) is emptied first, so classes removed from the model disappear.
 *
 * <pre>GenerateModel &lt;bundle-folder&gt; &lt;genmodel path inside it&gt;</pre>
 */
public final class GenerateModel {

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel <bundle-folder> <model/x.genmodel>");
			System.exit(2);
		}
		var bundle = Path.of(args[0]).toAbsolutePath().normalize();
		var name = bundle.getFileName().toString();
		EcorePlugin.getPlatformResourceMap().put(name, URI.createFileURI(bundle + "/"));

		var resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
		resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));

		var genModelUri = URI.createPlatformResourceURI(name + "/" + args[1], true);
		var genModel = (GenModel) resources.getResource(genModelUri, true).getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		var problems = genModel.diagnose();
		if (problems.getSeverity() >= Diagnostic.ERROR) {
			System.err.println("The model has errors: " + problems);
			System.exit(1);
		}

		deleteTree(bundle.resolve(genModel.getModelDirectory().replaceFirst("^/" + name + "/", "")));

		var registry = org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE;
		registry.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		var generator = new Generator();
		generator.setInput(genModel);
		var result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(System.out));
		if (result.getSeverity() >= Diagnostic.ERROR) {
			System.err.println("Generation failed: " + result);
			System.exit(1);
		}
		System.out.println("Generated " + genModel.getModelDirectory() + " from " + args[1]);
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (var path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(path);
			}
		}
	}

	private GenerateModel() {
	}
}
