package org.vtpmconsole.releng.modelgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model code of an EMF bundle from its .genmodel, outside OSGi.
 *
 * <ol>
 * <li>Loads the .genmodel through a {@code platform:/resource/<bundle>/...} URI mapped to the bundle directory, so
 * paths that EMF derives from it (plugin.xml's {@code genModel} attribute) stay bundle-relative.</li>
 * <li>Brings the .genmodel in line with the .ecore, as Eclipse's "Reload" does: drops entries whose Ecore element is
 * gone, adds entries for new classes, features and literals, keeps all settings. The file is rewritten only if that
 * changed it.</li>
 * <li>Generates the model code into a fresh temporary directory (so JMerge never merges with an old file and the
 * result depends on the model alone), then replaces the bundle's {@code src-gen/} and {@code plugin.xml} with the
 * generated ones. MANIFEST.MF, build.properties and plugin.properties are maintained by hand and never touched.</li>
 * </ol>
 *
 * Arguments: the bundle directory, and the .genmodel path relative to it.
 */
public final class GenerateModel
{
  private GenerateModel()
  {
  }

  public static void main(String[] args) throws Exception
  {
    if (args.length != 2)
    {
      throw new IllegalArgumentException("usage: GenerateModel <bundle-directory> <genmodel-path-in-bundle>");
    }
    Path bundle = Paths.get(args[0]).toRealPath();
    Path genModelFile = bundle.resolve(args[1]).toRealPath();
    String project = bundle.getFileName().toString();
    String genModelInProject = bundle.relativize(genModelFile).toString().replace('\\', '/');

    Path out = Files.createTempDirectory("emf-gen-" + project + "-");
    try
    {
      generate(bundle, project, genModelInProject, out);
    }
    finally
    {
      deleteTree(out);
    }
  }

  private static void generate(Path bundle, String project, String genModelInProject, Path out) throws IOException
  {
    ResourceSet resourceSet = new ResourceSetImpl();
    EcoreResourceFactoryImpl ecoreFactory = new EcoreResourceFactoryImpl();
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", ecoreFactory);
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", ecoreFactory);
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    // The generator finds its per-model-element adapters through this global registry.
    GenModelGeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
      GenModelGeneratorAdapterFactory.DESCRIPTOR);

    // platform:/resource/<project>/<dir of genmodel>/ -> the real bundle directory (read the model, rewrite the genmodel);
    // platform:/resource/<project>/ -> the scratch directory (everything the generator writes). The longest prefix wins.
    URI projectURI = URI.createPlatformResourceURI("/" + project + "/", true);
    String genModelDir = genModelInProject.contains("/")
      ? genModelInProject.substring(0, genModelInProject.lastIndexOf('/') + 1) : "";
    Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
    uriMap.put(projectURI, URI.createFileURI(out.toString() + "/"));
    if (!genModelDir.isEmpty())
    {
      uriMap.put(URI.createPlatformResourceURI("/" + project + "/" + genModelDir, true),
        URI.createFileURI(bundle.resolve(genModelDir).toString() + "/"));
    }
    else
    {
      throw new IllegalArgumentException("keep the .genmodel in a folder of the bundle, e.g. model/");
    }

    URI genModelURI = URI.createPlatformResourceURI("/" + project + "/" + genModelInProject, true);
    Resource genModelResource = resourceSet.getResource(genModelURI, true);
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);
    EcoreUtil.resolveAll(resourceSet);

    syncGenModel(genModel, genModelResource, bundle.resolve(genModelInProject));

    Diagnostic diagnostic = genModel.diagnose();
    report(diagnostic);
    if (diagnostic.getSeverity() == Diagnostic.ERROR)
    {
      throw new IllegalStateException("the genmodel has errors, see above");
    }

    genModel.setCanGenerate(true);
    Generator generator = new Generator();
    generator.getOptions().resourceSet = resourceSet;
    generator.setInput(genModel);
    Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
      new BasicMonitor());
    report(result);
    if (result.getSeverity() == Diagnostic.ERROR)
    {
      throw new IllegalStateException("code generation failed, see above");
    }

    // Install the generated Java sources and plugin.xml into the bundle.
    String modelDirectory = genModel.getModelDirectory(); // "/<project>/src-gen"
    String prefix = "/" + project + "/";
    if (!modelDirectory.startsWith(prefix) || modelDirectory.length() == prefix.length())
    {
      throw new IllegalStateException("modelDirectory must be a folder of " + prefix + ": " + modelDirectory);
    }
    String sourceFolder = modelDirectory.substring(prefix.length()).replaceAll("/+$", "");
    Path generatedSources = out.resolve(sourceFolder);
    if (!Files.isDirectory(generatedSources))
    {
      throw new IllegalStateException("the generator wrote no sources to " + generatedSources);
    }
    Path targetSources = bundle.resolve(sourceFolder);
    deleteTree(targetSources);
    copyTree(generatedSources, targetSources);
    Path pluginXml = out.resolve("plugin.xml");
    if (Files.exists(pluginXml))
    {
      Files.copy(pluginXml, bundle.resolve("plugin.xml"), StandardCopyOption.REPLACE_EXISTING);
    }
    long count;
    try (Stream<Path> files = Files.walk(targetSources))
    {
      count = files.filter(p -> p.toString().endsWith(".java")).count();
    }
    System.out.println("Generated " + count + " Java files into " + targetSources
      + (Files.exists(pluginXml) ? " and " + bundle.resolve("plugin.xml") : ""));
  }

  /**
   * Eclipse's "Reload": remove GenModel elements whose Ecore element vanished, add those for new Ecore elements.
   * Settings stay. Saves only when the serialized form changed, so a second run leaves the file untouched.
   */
  private static void syncGenModel(GenModel genModel, Resource resource, Path file) throws IOException
  {
    genModel.reconcile();
    List<EPackage> ePackages = new ArrayList<>();
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      if (genPackage.getEcorePackage() == null || genPackage.getEcorePackage().eIsProxy())
      {
        throw new IllegalStateException("cannot resolve the Ecore package of " + genPackage);
      }
      ePackages.add(genPackage.getEcorePackage());
    }
    genModel.initialize(ePackages);
    genModel.getUsedGenPackages().addAll(genModel.computeMissingUsedGenPackages());

    Map<Object, Object> options = new LinkedHashMap<>();
    options.put(XMLResource.OPTION_ENCODING, "UTF-8");
    options.put(XMLResource.OPTION_LINE_WIDTH, 80);
    options.put(Resource.OPTION_LINE_DELIMITER, "\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    resource.save(bytes, options);
    byte[] updated = bytes.toByteArray();
    if (!Arrays.equals(updated, Files.readAllBytes(file)))
    {
      Files.write(file, updated);
      System.out.println("Updated " + file + " from its .ecore");
    }
  }

  private static void report(Diagnostic diagnostic)
  {
    if (diagnostic.getSeverity() != Diagnostic.OK)
    {
      print(diagnostic, "");
    }
  }

  private static void print(Diagnostic diagnostic, String indent)
  {
    String severity = switch (diagnostic.getSeverity())
    {
      case Diagnostic.ERROR -> "ERROR";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.INFO -> "INFO";
      case Diagnostic.CANCEL -> "CANCEL";
      default -> "OK";
    };
    if (diagnostic.getMessage() != null)
    {
      System.err.println(indent + severity + ": " + diagnostic.getMessage());
    }
    if (diagnostic.getException() != null)
    {
      diagnostic.getException().printStackTrace();
    }
    for (Diagnostic child : diagnostic.getChildren())
    {
      print(child, indent + "  ");
    }
  }

  private static void copyTree(Path from, Path to) throws IOException
  {
    try (Stream<Path> paths = Files.walk(from))
    {
      for (Path source : (Iterable<Path>)paths.sorted()::iterator)
      {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source))
        {
          Files.createDirectories(target);
        }
        else
        {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException
  {
    if (!Files.exists(root))
    {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<Path>()
      {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException
        {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException
        {
          if (exc != null)
          {
            throw exc;
          }
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
  }
}
