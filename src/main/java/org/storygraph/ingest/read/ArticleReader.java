package org.storygraph.ingest.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads news articles from {@code .txt} and {@code .md} files (with optional YAML front matter), {@code .jsonl}
 * files (one article per line) and folders of them.
 *
 * <p>Bad input never stops a batch: each bad file or line becomes a {@link ReadFailure} with a one-line reason,
 * and everything else still loads.
 */
public final class ArticleReader {

    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "md", "jsonl");

    private final ArticleSizeLimit sizeLimit;
    private final JsonLines jsonLines;

    /** @param maxArticleBytes articles bigger than this many bytes are rejected, e.g. 2_000_000 */
    public ArticleReader(long maxArticleBytes) {
        this.sizeLimit = new ArticleSizeLimit(maxArticleBytes);
        this.jsonLines = new JsonLines(sizeLimit);
    }

    /** Reads the given files and folders (recursively), in the order given; folder contents in sorted order. */
    public ReadResult read(List<Path> paths) {
        var batch = new ReadBatch();
        for (var path : paths) {
            if (path == null) {
                batch.fail("(no path)", "an empty path was given");
            } else if (Files.isDirectory(path)) {
                readFolder(path, batch);
            } else if (!Files.exists(path)) {
                batch.fail(path.toString(), "does not exist");
            } else if (!ARTICLE_EXTENSIONS.contains(extension(path))) {
                batch.fail(path.toString(), "is not a .txt, .md or .jsonl file");
            } else {
                readFile(path, batch);
            }
        }
        return batch.result();
    }

    private void readFolder(Path folder, ReadBatch batch) {
        var files = articleFilesIn(folder, batch);
        if (files.isEmpty()) {
            batch.warn(folder + " has no .txt, .md or .jsonl files");
        }
        files.forEach(file -> readFile(file, batch));
    }

    /** Sorted, so the same folder always loads in the same order whatever the file system returns. */
    private static List<Path> articleFilesIn(Path folder, ReadBatch batch) {
        var files = new ArrayList<Path>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    // .git, .obsidian and the like hold no articles; the folder the user named is read even if hidden.
                    boolean skip = !dir.equals(folder) && isHidden(dir);
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isHidden(file) && ARTICLE_EXTENSIONS.contains(extension(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    batch.fail(file.toString(), unreadable(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            batch.fail(folder.toString(), unreadable(e));
        }
        files.sort(null);
        return files;
    }

    private void readFile(Path file, ReadBatch batch) {
        var source = file.toString();
        try {
            if (extension(file).equals("jsonl")) {
                jsonLines.read(file, baseName(file), batch);
            } else {
                var warnings = new ArrayList<String>();
                batch.add(readTextArticle(file, source, warnings), warnings);
            }
        } catch (BadInput e) {
            batch.fail(source, e.reason());
        } catch (IOException e) {
            batch.fail(source, unreadable(e));
        } catch (RuntimeException e) {
            // A bug of ours must not cost the user the rest of the batch either.
            batch.fail(source, "could not be read because of an internal error: " + e);
        }
    }

    private Article readTextArticle(Path file, String source, List<String> warnings) throws IOException, BadInput {
        sizeLimit.check(Files.size(file));
        var text = StrictUtf8.decode(Files.readAllBytes(file));
        if (text.isBlank()) {
            throw new BadInput("is empty");
        }
        var frontMatter = FrontMatter.split(text);
        if (frontMatter.body().isBlank()) {
            throw new BadInput("has front matter but no article text after it");
        }
        var fields = ArticleFields.from(frontMatter.fields());
        var article = fields.toArticle(frontMatter.body(), baseName(file), source, warnings);
        frontMatter.fields().keySet().stream()
                .filter(key -> !ArticleFields.KNOWN_KEYS.contains(key))
                .forEach(key -> warnings.add(source + ": front matter key '" + key + "' is ignored; known keys are "
                        + "id, title, outlet, url, published"));
        return article;
    }

    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist (it disappeared while being read)";
        }
        return "cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static boolean isHidden(Path path) {
        var name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String extension(Path path) {
        var name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path path) {
        var name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
