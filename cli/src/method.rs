//! One method as a command: its clap command, built at run time from the model (required
//! parameters positional in `parameterOrder`, every optional parameter a flag), and the checked
//! values read from a command line.

use std::collections::HashSet;

use clap::{Arg, ArgAction, Command};
use codegen::model::{ParamDef, ParamTy};
use heck::ToKebabCase;
use serde_json::Value;

use crate::failure::Failure;
use crate::globals::{self, Options};
use crate::suggest::did_you_mean;
use crate::target::Target;
use crate::target::{first_paragraph, value_name};

/// A parameter and the flag names it answers to.
struct Flag<'a> {
    param: &'a ParamDef,
    long: Option<String>,
    alias: Option<String>,
}

/// What a command line asks of a method.
pub struct Invocation<'a> {
    pub options: Options,
    /// Every parameter given, with its checked values, in the document's order (required ones in
    /// `parameterOrder` first).
    pub params: Vec<(&'a ParamDef, Vec<String>)>,
}

impl<'a> Target<'a> {
    /// The optional parameters' flags, each name used once.
    fn flags(&self) -> Vec<Flag<'a>> {
        let mut used: HashSet<String> = ["help".to_owned()].into();
        let mut out = Vec::new();
        for param in self.params() {
            if self
                .method
                .required
                .iter()
                .any(|r| r.wire_name == param.wire_name)
            {
                continue;
            }
            let kebab = param.wire_name.to_kebab_case();
            let mut take = |name: &str| used.insert(name.to_owned()).then(|| name.to_owned());
            let long = if kebab.is_empty() { None } else { take(&kebab) };
            let alias = if param.wire_name != kebab {
                take(&param.wire_name)
            } else {
                None
            };
            out.push(Flag { param, long, alias });
        }
        out
    }

    /// The clap command of the method, titled `title` (`gapi gmail users getProfile`), as its
    /// help shows it: the required parameters required (`<userId>`).
    pub fn command(&self, title: &str) -> Command {
        self.command_with(title, true)
    }

    /// [`Target::command`]; with `strict` false the required parameters may be missing (they
    /// may come from `--params`, and [`Target::read`] names a missing one itself).
    fn command_with(&self, title: &str, strict: bool) -> Command {
        let mut args = self.args(true);
        if strict {
            args = args
                .into_iter()
                .map(|a| {
                    if a.get_id().as_str().starts_with("r:") {
                        a.required(true)
                    } else {
                        a
                    }
                })
                .collect();
        }
        Command::new("gapi")
            .bin_name(title.to_owned())
            .no_binary_name(true)
            .about(first_paragraph(self.method.doc.as_deref()))
            .after_help(crate::help::method_footer(self))
            .args(args)
    }

    /// The method's arguments: the required parameters (positional), the optional ones (flags),
    /// and the global options when `with_globals`.
    pub fn args(&self, with_globals: bool) -> Vec<Arg> {
        let flags = self.flags();
        let names: HashSet<String> = flags
            .iter()
            .flat_map(|f| f.long.iter().chain(&f.alias))
            .cloned()
            .collect();
        let taken = |name: &str| names.contains(name);
        let mut args = Vec::new();
        for param in &self.method.required {
            args.push(
                Arg::new(format!("r:{}", param.wire_name))
                    .value_name(param.wire_name.clone())
                    .help(param_help(self, param))
                    .allow_hyphen_values(true)
                    .action(ArgAction::Set),
            );
        }
        for flag in flags {
            let Some(long) = flag.long.clone().or_else(|| flag.alias.clone()) else {
                continue;
            };
            let mut arg = Arg::new(format!("p:{}", flag.param.wire_name))
                .long(long.clone())
                .help(param_help(self, flag.param))
                .help_heading(
                    if self
                        .method
                        .optional
                        .iter()
                        .any(|p| p.wire_name == flag.param.wire_name)
                    {
                        "Parameters"
                    } else {
                        "Standard parameters"
                    },
                );
            if let Some(alias) = flag.alias.filter(|a| *a != long) {
                arg = arg.alias(alias);
            }
            arg = if flag.param.ty == ParamTy::Bool {
                arg.num_args(0..=1)
                    .require_equals(true)
                    .default_missing_value("true")
                    .value_name("BOOL")
            } else {
                arg.value_name(value_name(&flag.param.ty))
            };
            arg = arg.action(if flag.param.repeated {
                ArgAction::Append
            } else {
                ArgAction::Set
            });
            args.push(arg);
        }
        if with_globals {
            args.extend(globals::args(&taken));
        }
        args
    }

    /// Reads and checks the command line `args` (without the words that named the method).
    pub fn read(&self, title: &str, args: &[String]) -> Result<Invocation<'a>, Failure> {
        let cmd = self.command_with(title, false);
        let matches = match cmd.clone().try_get_matches_from(args) {
            Ok(m) => m,
            Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => {
                return Err(Failure::Help(self.command(title).render_help().to_string()))
            }
            Err(e) => return Err(crate::help::clap_failure(e, &cmd)),
        };
        let options = Options::read(&matches).map_err(Failure::Usage)?;
        let mut from_json = match &options.params {
            Some(text) => params_json(text)?,
            None => serde_json::Map::new(),
        };
        let mut params = Vec::new();
        for param in self.params() {
            let required = self
                .method
                .required
                .iter()
                .any(|r| r.wire_name == param.wire_name);
            let id = if required {
                format!("r:{}", param.wire_name)
            } else {
                format!("p:{}", param.wire_name)
            };
            let given: Option<Vec<String>> = matches
                .try_get_many::<String>(&id)
                .ok()
                .flatten()
                .map(|v| v.cloned().collect());
            let json = take_json(&mut from_json, param);
            let raw = match (given, json) {
                (Some(values), _) => values,
                (None, Some(value)) => json_values(param, value)?,
                (None, None) => {
                    if required {
                        return Err(Failure::usage(format!(
                            "{}: missing required argument <{}> (the arguments are: {})",
                            self.method.id,
                            param.wire_name,
                            self.method
                                .required
                                .iter()
                                .map(|p| format!("<{}>", p.wire_name))
                                .collect::<Vec<_>>()
                                .join(" ")
                        )));
                    }
                    continue;
                }
            };
            if raw.len() > 1 && !param.repeated {
                return Err(Failure::usage(format!(
                    "{}: `{}` takes one value, got {}",
                    self.method.id,
                    param.wire_name,
                    raw.len()
                )));
            }
            let values = raw
                .iter()
                .map(|v| self.check(param, v))
                .collect::<Result<Vec<_>, _>>()?;
            params.push((param, values));
        }
        if let Some(unknown) = from_json.keys().next() {
            let names: Vec<&str> = self.params().iter().map(|p| p.wire_name.as_str()).collect();
            return Err(Failure::usage(format!(
                "--params: `{}` has no parameter `{unknown}`{}",
                self.method.id,
                did_you_mean(unknown, names)
            )));
        }
        Ok(Invocation { options, params })
    }

    /// Checks one value of `param` against its type and enum; returns it as sent.
    pub fn check(&self, param: &ParamDef, value: &str) -> Result<String, Failure> {
        let bad = |what: &str| {
            Failure::usage(format!(
                "{}: `{}` expects {what}, got `{value}`{}",
                self.method.id,
                param.wire_name,
                moved_global(param)
            ))
        };
        let ok = match &param.ty {
            ParamTy::String => true,
            ParamTy::Bool => {
                return match value.to_ascii_lowercase().as_str() {
                    v @ ("true" | "false") => Ok(v.to_owned()),
                    _ => Err(bad("true or false")),
                }
            }
            ParamTy::I32 => value.parse::<i32>().is_ok(),
            ParamTy::U32 => value.parse::<u32>().is_ok(),
            // Kept as written: an int64 never goes through a float.
            ParamTy::I64 => value.parse::<i64>().is_ok(),
            ParamTy::U64 => value.parse::<u64>().is_ok(),
            ParamTy::F32 | ParamTy::F64 => value.parse::<f64>().is_ok_and(f64::is_finite),
            ParamTy::Enum(_) => {
                let values = self.enum_values(param);
                if values.contains(&value) {
                    return Ok(value.to_owned());
                }
                return Err(Failure::usage(format!(
                    "{}: `{}` is not a value of `{}`{} (one of: {}){}",
                    self.method.id,
                    value,
                    param.wire_name,
                    did_you_mean(value, values.iter().copied()),
                    values.join(", "),
                    moved_global(param)
                )));
            }
        };
        if ok {
            Ok(value.to_owned())
        } else {
            Err(bad(match &param.ty {
                ParamTy::I32 => "a 32-bit integer",
                ParamTy::U32 => "an unsigned 32-bit integer",
                ParamTy::I64 => "a 64-bit integer",
                ParamTy::U64 => "an unsigned 64-bit integer",
                _ => "a number",
            }))
        }
    }
}

/// `--params`: a JSON object.
fn params_json(text: &str) -> Result<serde_json::Map<String, Value>, Failure> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(Failure::usage(
            "--params must be a JSON object of parameter names to values",
        )),
        Err(e) => Err(Failure::usage(format!("--params is not valid JSON: {e}"))),
    }
}

/// Takes `param`'s entry out of `--params`, by wire name or kebab-case name.
fn take_json(map: &mut serde_json::Map<String, Value>, param: &ParamDef) -> Option<Value> {
    map.remove(&param.wire_name)
        .or_else(|| map.remove(&param.wire_name.to_kebab_case()))
}

/// The values of a `--params` entry, as text (numbers exactly as written).
fn json_values(param: &ParamDef, value: Value) -> Result<Vec<String>, Failure> {
    let one = |v: Value| match v {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(n.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        other => Err(Failure::usage(format!(
            "--params: `{}` must be a string, number or boolean, got {other}",
            param.wire_name
        ))),
    };
    match value {
        Value::Array(items) if param.repeated => items.into_iter().map(one).collect(),
        Value::Array(_) => Err(Failure::usage(format!(
            "--params: `{}` takes one value, not a list",
            param.wire_name
        ))),
        Value::Null => Ok(Vec::new()),
        other => Ok(vec![one(other)?]),
    }
}

/// When `param`'s flag has the name of a global option (a method's own `--format`), where that
/// option went: said in the parameter's errors, so that `--format yaml` meant for the output
/// finds its flag.
fn moved_global(param: &ParamDef) -> String {
    let kebab = param.wire_name.to_kebab_case();
    match globals::GLOBALS.iter().find(|g| g.long == kebab) {
        Some(g) if g.long == "format" => {
            "; `--format` is this method's own parameter: the output's format is --gapi-format \
             (or --output-format) here"
                .to_owned()
        }
        Some(g) => format!(
            "; `--{0}` is this method's own parameter: gapi's --{0} is --gapi-{0} here",
            g.long
        ),
        None => String::new(),
    }
}

/// A parameter's help: its description's first paragraph, then its values, pattern and default.
fn param_help(target: &Target<'_>, param: &ParamDef) -> String {
    let mut help = first_paragraph(param.doc.as_deref());
    let flag = !target
        .method
        .required
        .iter()
        .any(|r| r.wire_name == param.wire_name);
    if param.ty == ParamTy::Bool && flag {
        help.push_str(&format!(
            " [alone: true; --{}=false for false]",
            param.wire_name.to_kebab_case()
        ));
    }
    let values = target.enum_values(param);
    if !values.is_empty() {
        help.push_str(&format!(" [values: {}]", values.join(", ")));
    }
    if param.repeated {
        help.push_str(" [repeatable]");
    }
    if let Some(pattern) = &param.pattern {
        help.push_str(&format!(" [pattern: {pattern}]"));
    }
    if let Some(default) = &param.default {
        help.push_str(&format!(" [default: {default}]"));
    }
    if param.deprecated {
        help.push_str(" [deprecated]");
    }
    help.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::walk::all_methods;

    /// Every method of the built-in documents and of the generator's hostile golden documents
    /// (names that collide, keywords, odd characters) makes a command clap accepts: no name
    /// used twice, which clap would only report with a panic.
    #[test]
    fn every_method_makes_a_valid_command() {
        let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden");
        let mut docs: Vec<(String, String)> = crate::apis::BUILTIN
            .iter()
            .map(|b| (b.file.to_owned(), b.text().expect("it inflates")))
            .collect();
        for name in [
            "hostile.v1.json",
            "hostilenames.v1.json",
            "kitchensink.v1.json",
        ] {
            let json = std::fs::read_to_string(golden.join(name)).expect("golden document");
            docs.push((name.to_owned(), json));
        }
        let mut count = 0;
        for (file, json) in docs {
            let api = crate::apis::load(&file, &json).expect("a valid document");
            for (resource, method) in all_methods(&api.root) {
                let target = Target {
                    api: &api,
                    resource,
                    method,
                };
                target.command(&method.id).debug_assert();
                count += 1;
            }
        }
        assert!(count > 400, "{count} methods");
    }
}
