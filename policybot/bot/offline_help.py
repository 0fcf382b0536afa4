"""What the offline chat understands besides the bot's own commands, written once.

``policybot chat --help`` and ``/help`` inside the offline chat both show it. Kept apart from
``bot.chat`` (which imports the emulator and PTB) so the command line's help stays quick.
"""

from __future__ import annotations

import unicodedata

# (what to type, what it does) — the commands the offline chat handles itself.
OFFLINE_COMMANDS: tuple[tuple[str, str], ...] = (
    ("/press <按钮文字>", "按下机器人最近一条带这个按钮的回复里的按钮,例如 /press 下一页"),
    ("/file <路径>", "把本机文件作为文档发给机器人(上传规划要用 --admin 启动)"),
    ("/quit", "结束对话(也可以 Ctrl-D;从管道读时读完即结束)"),
    ("/help", "机器人的使用说明,再加上这几条离线命令"),
)

MODES: tuple[tuple[str, str], ...] = (
    ("终端 (terminal)", "有提示符“你> ”;机器人自己发的提醒也会显示出来"),
    ("管道 (pipe)", "每行一条消息,逐条回答,读完退出(退出码 0),例如\n"
     "  printf '/deadlines 佛山\\n/press 下一页\\n' | policybot chat"),
    ("--group", "在群里说话(隐私模式:只有命令、@提及和对机器人的回复才送到机器人)"),
    ("--admin", "以管理员身份说话(上传、修改、撤销知识库)"),
    ("--now 时间", "假装现在是这个时间,例如 --now 2018-06-01T09:00:期限和提醒都按它算"),
)  # fmt: skip


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: two for a wide (CJK) character, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _table(rows: tuple[tuple[str, str], ...], indent: str = "  ") -> str:
    width = max(display_width(name) for name, _ in rows) + 2
    lines = []
    for name, text in rows:
        first, *rest = text.split("\n")
        padding = " " * (width - display_width(name))
        lines.append(f"{indent}{name}{padding}{first}")
        lines.extend(f"{indent}{' ' * width}{line}" for line in rest)
    return "\n".join(lines)


def offline_commands_text() -> str:
    """The block ``/help`` adds inside the offline chat."""
    return "离线对话自己的命令 (offline chat only):\n" + _table(OFFLINE_COMMANDS)


def chat_epilog() -> str:
    """``policybot chat --help``: what to type in the chat, and how it can run."""
    return (
        "在对话里 (in the chat): 直接输入问题或机器人的命令,例如\n"
        "  南海区2018年省名牌产品要多少个?   /deadlines 佛山   /search 技能大师\n"
        + _table(OFFLINE_COMMANDS)
        + "\n\n运行方式 (modes):\n"
        + _table(MODES)
        + "\n\n对话只影响它自己的聊天:提醒只发给离线用户,真实用户的聊天不会被碰到"
        "(@聊天ID 指向其他聊天、/grant 或 /revoke 真实用户都会被拒绝)。"
    )
