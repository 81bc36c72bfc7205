//! Shell completion scripts: the whole command tree of the built-in APIs (and of a document given
//! with `--discovery`), written by clap_complete. Its fish scripts complete two levels of
//! subcommands (the API and its first resource); bash and zsh scripts complete every level.

use clap::Command;
use clap_complete::Shell;
use codegen::model::{Api, ResourceDef};

use crate::failure::Failure;
use crate::target::Target;

/// The completion script for `shell` over `apis` (each with the word that calls it).
pub fn script(shell: &str, apis: &[(String, Api)]) -> Result<String, Failure> {
    let shell = match shell {
        "bash" => Shell::Bash,
        "zsh" => Shell::Zsh,
        "fish" => Shell::Fish,
        other => {
            return Err(Failure::usage(format!(
                "completions for `{other}` are not offered: bash, zsh or fish{}",
                crate::suggest::did_you_mean(other, ["bash", "zsh", "fish"])
            )))
        }
    };
    // The global options are offered at the top only: on every method too, they would make
    // the scripts several times larger.
    let mut root = Command::new("gapi")
        .args(crate::globals::args(&|_| false))
        .subcommand(Command::new("schema").about("A method's parameters, scopes and body schema"))
        .subcommand(
            Command::new("completions")
                .about("A shell completion script")
                .subcommand(Command::new("bash"))
                .subcommand(Command::new("zsh"))
                .subcommand(Command::new("fish")),
        );
    for (word, api) in apis {
        root = root.subcommand(resource(
            api,
            &api.root,
            Command::new(word.clone()).about(api.title.clone()),
        ));
    }
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut root, "gapi", &mut out);
    String::from_utf8(out).map_err(|_| Failure::Local("the completion script is not UTF-8".into()))
}

fn resource(api: &Api, def: &ResourceDef, mut cmd: Command) -> Command {
    for child in &def.children {
        cmd = cmd.subcommand(resource(api, child, Command::new(child.wire_name.clone())));
    }
    // A method named like a resource beside it is left out: the resource is completed.
    for method in def
        .methods
        .iter()
        .filter(|m| !def.children.iter().any(|c| c.wire_name == m.wire_name))
    {
        let target = Target {
            api,
            resource: def,
            method,
        };
        cmd = cmd.subcommand(
            Command::new(method.wire_name.clone())
                .about(crate::target::first_paragraph(method.doc.as_deref()))
                .args(target.args(false)),
        );
    }
    cmd
}
