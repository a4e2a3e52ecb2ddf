//! The other files of a document's folder that its `$ref`s point into (`./common.yaml#/…`).
//!
//! The generator does no I/O: it names the files it still needs
//! ([`generator::referenced_files`]), and they are read here, only from inside the document's
//! folder. A path is refused, unread, when it climbs out by its spelling or, once symbolic
//! links are followed, lands outside the folder.

use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, bail};
use generator::{Document, ModuleInput};

/// Reads into `module.referenced` every file of `folder` (the folder of the module's document)
/// that the document's references need, directly or through each other.
pub fn read_referenced(module: &mut ModuleInput, folder: &Path) -> anyhow::Result<()> {
    let mut canonical: Option<PathBuf> = None;
    loop {
        let missing = generator::referenced_files(module)?;
        if missing.is_empty() {
            return Ok(());
        }
        let folder = match &canonical {
            Some(folder) => folder.clone(),
            None => {
                let resolved = fs::canonicalize(folder)
                    .with_context(|| format!("cannot read {}", folder.display()))?;
                canonical = Some(resolved.clone());
                resolved
            }
        };
        for file in missing {
            if module.referenced.iter().any(|d| d.file == file.file) {
                bail!(
                    "{}: {} was read, yet is still reported missing",
                    file.referenced_at,
                    file.file
                );
            }
            let bytes = read_inside(&folder, &file.path).map_err(|why| {
                anyhow::anyhow!("{}: the referenced {} {why}", file.referenced_at, file.file)
            })?;
            module.referenced.push(Document {
                file: file.file,
                bytes,
            });
        }
    }
}

/// The bytes of `relative` (`/`-separated) in `folder` (canonical), if it is a regular file
/// inside it once symbolic links are followed.
fn read_inside(folder: &Path, relative: &str) -> Result<Vec<u8>, String> {
    let mut path = folder.to_path_buf();
    for part in relative.split('/') {
        let mut components = Path::new(part).components();
        match (components.next(), components.next()) {
            (Some(Component::Normal(_)), None) => path.push(part),
            _ => return Err(format!("is not a plain path inside {}", folder.display())),
        }
    }
    let resolved = fs::canonicalize(&path).map_err(|e| format!("cannot be read: {e}"))?;
    if !resolved.starts_with(folder) {
        return Err(format!(
            "resolves outside {}; only files inside the document's folder are read, so it was \
             not",
            folder.display()
        ));
    }
    let metadata = fs::metadata(&resolved).map_err(|e| format!("cannot be read: {e}"))?;
    if !metadata.is_file() {
        return Err("is not a regular file".to_owned());
    }
    fs::read(&resolved).map_err(|e| format!("cannot be read: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(folder: &Path, text: &str) -> ModuleInput {
        let file = folder.join("openapi.yaml").display().to_string();
        ModuleInput {
            module: "api".to_owned(),
            document: Document {
                file,
                bytes: text.as_bytes().to_vec(),
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Default::default(),
            pagination: None,
            root: None,
        }
    }

    const MAIN: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n\
                        components:\n  schemas:\n    A: {$ref: './common.yaml#/components/schemas/B'}\n";

    #[test]
    fn referenced_files_are_read_transitively_from_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("common.yaml"),
            "components: {schemas: {B: {$ref: 'more/c.yaml'}}}\n",
        )
        .unwrap();
        fs::create_dir(dir.path().join("more")).unwrap();
        fs::write(dir.path().join("more/c.yaml"), "type: string\n").unwrap();
        let mut input = module(dir.path(), MAIN);
        read_referenced(&mut input, dir.path()).unwrap();
        let names: Vec<&str> = input.referenced.iter().map(|d| d.file.as_str()).collect();
        let folder = dir.path().display().to_string();
        assert_eq!(
            names,
            [
                format!("{folder}/common.yaml"),
                format!("{folder}/more/c.yaml")
            ]
        );
    }

    #[test]
    fn a_document_without_file_references_reads_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut input = module(
            dir.path(),
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n",
        );
        read_referenced(&mut input, dir.path()).unwrap();
        assert!(input.referenced.is_empty());
    }

    #[test]
    fn a_missing_file_is_named_with_the_reference() {
        let dir = tempfile::tempdir().unwrap();
        let mut input = module(dir.path(), MAIN);
        let error = read_referenced(&mut input, dir.path())
            .unwrap_err()
            .to_string();
        assert!(error.contains("at #/components/schemas/A"), "{error}");
        assert!(error.contains("common.yaml cannot be read"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_out_of_the_folder_is_not_followed() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("secret.yaml"), "type: string\n").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.yaml"),
            dir.path().join("common.yaml"),
        )
        .unwrap();
        let mut input = module(dir.path(), MAIN);
        let error = read_referenced(&mut input, dir.path())
            .unwrap_err()
            .to_string();
        assert!(error.contains("resolves outside"), "{error}");
        assert!(input.referenced.is_empty());
    }

    #[test]
    fn a_reference_out_of_the_folder_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let mut input = module(
            dir.path(),
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n\
             components: {schemas: {A: {$ref: '../other/common.yaml#/B'}}}\n",
        );
        let error = read_referenced(&mut input, dir.path())
            .unwrap_err()
            .to_string();
        assert!(error.contains("leaves the document's folder"), "{error}");
    }
}
