//! The plan travels inside its PDF: an embedded file in the document's EmbeddedFiles name tree,
//! written after printpdf (which has no attachments) and read back for `ospo import proposal.pdf`.

use crate::model::Problem;
use crate::{Error, Result};
use lopdf::{Dictionary, Document, Object, Stream, StringFormat};

/// The file name of the plan inside every PDF this app writes.
pub const ATTACHMENT_NAME: &str = "ospo-plan.json";

/// Largest attachment read back: a plan file is far smaller; anything bigger is refused, not inflated.
const MAX_ATTACHMENT: usize = 64 * 1024 * 1024;

fn invalid(message: impl Into<String>) -> Error {
    Error::Invalid(vec![Problem {
        path: "pdf".into(),
        message: message.into(),
    }])
}

fn text(s: &str) -> Object {
    Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
}

/// Adds `bytes` as the attachment `name` of `doc` (PDF 1.7 §7.11.4), listed in the catalog's name tree.
pub fn embed(doc: &mut Document, name: &str, bytes: &[u8]) -> Result<()> {
    let mut params = Dictionary::new();
    params.set("Size", Object::Integer(bytes.len() as i64));
    let mut file_dict = Dictionary::new();
    file_dict.set("Type", Object::Name(b"EmbeddedFile".to_vec()));
    file_dict.set("Subtype", Object::Name(b"application/json".to_vec()));
    file_dict.set("Params", Object::Dictionary(params));
    let file_id = doc.add_object(Stream::new(file_dict, bytes.to_vec()));

    let mut ef = Dictionary::new();
    ef.set("F", Object::Reference(file_id));
    ef.set("UF", Object::Reference(file_id));
    let mut spec = Dictionary::new();
    spec.set("Type", Object::Name(b"Filespec".to_vec()));
    spec.set("F", text(name));
    spec.set("UF", text(name));
    spec.set(
        "Desc",
        text("The OSPO Planner plan this document was made from"),
    );
    spec.set("AFRelationship", Object::Name(b"Source".to_vec()));
    spec.set("EF", Object::Dictionary(ef));
    let spec_id = doc.add_object(spec);

    let mut tree = Dictionary::new();
    tree.set(
        "Names",
        Object::Array(vec![text(name), Object::Reference(spec_id)]),
    );
    let mut names = Dictionary::new();
    names.set("EmbeddedFiles", Object::Dictionary(tree));
    let catalog = doc
        .catalog_mut()
        .map_err(|e| invalid(format!("the document has no catalog: {e}")))?;
    catalog.set("Names", Object::Dictionary(names));
    catalog.set("AF", Object::Array(vec![Object::Reference(spec_id)]));
    Ok(())
}

/// The plan JSON attached to a PDF made by this app; `None` for a PDF without one.
pub fn extract_plan_json(pdf: &[u8]) -> Result<Option<String>> {
    let doc = Document::load_mem(pdf).map_err(|e| invalid(format!("not a readable PDF ({e})")))?;
    let Some(spec) = find_spec(&doc) else {
        return Ok(None);
    };
    let stream = resolve(&doc, spec.get(b"EF").ok())
        .and_then(|ef| ef.as_dict().ok())
        .and_then(|ef| resolve(&doc, ef.get(b"F").ok()))
        .and_then(|f| f.as_stream().ok())
        .ok_or_else(|| {
            invalid(format!(
                "the attachment {ATTACHMENT_NAME} has no file stream"
            ))
        })?;
    let bytes = if stream.dict.has(b"Filter") {
        stream
            .decompressed_content_with_limit(MAX_ATTACHMENT)
            .map_err(|e| {
                invalid(format!(
                    "the attachment {ATTACHMENT_NAME} cannot be read ({e})"
                ))
            })?
    } else {
        stream.content.clone()
    };
    String::from_utf8(bytes).map(Some).map_err(|_| {
        invalid(format!(
            "the attachment {ATTACHMENT_NAME} is not UTF-8 text"
        ))
    })
}

fn resolve<'a>(doc: &'a Document, obj: Option<&'a Object>) -> Option<&'a Object> {
    doc.dereference(obj?).ok().map(|(_, o)| o)
}

/// The file specification named `ATTACHMENT_NAME` in the catalog's EmbeddedFiles tree (flat or one level of kids).
fn find_spec(doc: &Document) -> Option<&Dictionary> {
    let catalog = doc.catalog().ok()?;
    let names = resolve(doc, catalog.get(b"Names").ok())?.as_dict().ok()?;
    let root = resolve(doc, names.get(b"EmbeddedFiles").ok())?
        .as_dict()
        .ok()?;
    let mut nodes = vec![root];
    let mut visited = 0;
    while let Some(node) = nodes.pop() {
        visited += 1;
        if visited > 1000 {
            return None;
        }
        if let Some(pairs) = resolve(doc, node.get(b"Names").ok()).and_then(|n| n.as_array().ok()) {
            for pair in pairs.chunks(2) {
                let [key, value] = pair else { continue };
                let key = resolve(doc, Some(key)).and_then(|k| k.as_str().ok());
                if key == Some(ATTACHMENT_NAME.as_bytes()) {
                    return resolve(doc, Some(value)).and_then(|v| v.as_dict().ok());
                }
            }
        }
        if let Some(kids) = resolve(doc, node.get(b"Kids").ok()).and_then(|k| k.as_array().ok()) {
            nodes.extend(
                kids.iter()
                    .filter_map(|k| resolve(doc, Some(k)).and_then(|k| k.as_dict().ok())),
            );
        }
    }
    None
}
