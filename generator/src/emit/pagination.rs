//! `impl runtime::Paginated` of an operation whose results come in pages, as a
//! `runtime::paginated!` row: the page's variant and where its items are, the item type, and how
//! the next page is asked for (see [`crate::pagination`]).

use quote::quote;

use super::format::paginated_row;
use super::ident;
use super::types::rust_type;
use crate::ir::{Api, Operation, PagingKind};

/// The row, when the operation paginates:
/// `runtime::paginated!(IssuesListForRepo: Ok { body } => Issue, next: link);` or
/// `runtime::paginated!(GetCharges: Ok(body.data) => Charge, next: starting_after =
/// Some(last.id) if has_more);`.
pub(super) fn paginated_impl(api: &Api, operation: &Operation) -> Option<String> {
    let paging = operation.pagination.as_ref()?;
    let name = ident(&operation.name);
    let item = rust_type(api, &paging.item);
    let response = &operation.responses[paging.response];
    let variant = ident(&response.variant);
    let items = match &paging.kind {
        PagingKind::Link => None,
        PagingKind::Cursor { items, .. } => Some(ident(items)),
    };
    let items = items.map(|items| quote!(.#items));
    // A variant holding documented headers names its body.
    let page = if response.headers.is_some() {
        quote!({ body #items })
    } else {
        quote!((body #items))
    };
    let (next, deprecated) = match &paging.kind {
        PagingKind::Link => (quote!(link), false),
        PagingKind::Cursor {
            has_more,
            parameter,
            parameter_required,
            cursor_field,
            deprecated,
            ..
        } => {
            let (has_more, parameter) = (ident(has_more), ident(parameter));
            let cursor = ident(cursor_field);
            let value = if *parameter_required {
                quote!(last.#cursor)
            } else {
                quote!(Some(last.#cursor))
            };
            (quote!(#parameter = #value if #has_more), *deprecated)
        }
    };
    Some(paginated_row(
        operation.deprecated || deprecated,
        quote!(#name: #variant #page => #item),
        next,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pagination::{Cursor, Pagination, Style};
    use crate::{Document, ModuleInput, pipeline};

    const DOCUMENT: &str = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /issues:
    get:
      operationId: listIssues
      responses:
        '200':
          description: ok
          headers: {Link: {schema: {type: string}}}
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Issue'}}
        '404': {description: not found}
  /labels:
    get:
      operationId: listLabels
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /charges:
    get:
      operationId: listCharges
      parameters: [{name: starting_after, in: query, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ChargeList'}
  /events:
    get:
      operationId: listEvents
      deprecated: true
      parameters: [{name: starting_after, in: query, required: true, schema: {type: string}}]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ChargeList'}
components:
  schemas:
    Issue: {type: object, properties: {number: {type: integer}}}
    Charge: {type: object, required: [id], properties: {id: {type: string}}}
    ChargeList:
      type: object
      required: [data, has_more]
      properties:
        data: {type: array, items: {$ref: '#/components/schemas/Charge'}}
        has_more: {type: boolean}
"##;

    /// The rows of the operations `style` paginates, as the module's text lays them out.
    fn rows(style: Style, operations: &[&str]) -> Vec<String> {
        let input = ModuleInput {
            module: "m".to_owned(),
            document: Document {
                file: "api.yaml".to_owned(),
                bytes: DOCUMENT.as_bytes().to_vec(),
            },
            overlays: Vec::new(),
            referenced: Vec::new(),
            selection: Default::default(),
            pagination: Some(Pagination {
                source: "specs/m/vendor.toml".to_owned(),
                style,
                operations: operations.iter().map(|id| (*id).to_owned()).collect(),
            }),
            root: None,
        };
        let api = pipeline::lower_module(&input, &mut ()).unwrap().api;
        api.operations
            .iter()
            .filter_map(|operation| paginated_impl(&api, operation))
            .collect()
    }

    #[test]
    fn link_rows_name_the_page_variant_by_its_shape() {
        assert_eq!(
            rows(Style::Link, &["listIssues", "listLabels"]),
            [
                "runtime::paginated!(ListIssues: Ok { body } => Issue, next: link);\n",
                "runtime::paginated!(ListLabels: Ok(body) => String, next: link);\n",
            ]
        );
    }

    #[test]
    fn cursor_rows_say_where_the_items_are_and_what_the_cursor_takes() {
        let cursor = Style::Cursor(Cursor {
            items: "data".to_owned(),
            has_more: "has_more".to_owned(),
            cursor_param: "starting_after".to_owned(),
            cursor_field: "id".to_owned(),
        });
        assert_eq!(
            rows(cursor, &[]),
            [
                "runtime::paginated!(\n    ListCharges: Ok(body.data) => Charge,\n    \
                 next: starting_after = Some(last.id) if has_more\n);\n",
                "runtime::paginated!(\n    #[allow(deprecated)]\n    \
                 ListEvents: Ok(body.data) => Charge,\n    \
                 next: starting_after = last.id if has_more\n);\n",
            ]
        );
    }
}
